-- The distinct words of an article's title and lead, folded exactly as
-- lib/contextual/blocklist/fold-text.ts folds text (ligatures, accents, ASCII case; every
-- run of other characters separates words), as a tsvector without positions, for the GIN
-- index below: a blocklist term is then one index search ('crise', 'terror':*, or every
-- word of a phrase) instead of folding every article's text per diagnosis.
-- Words are cut to 255 characters (a tsvector lexeme holds at most 2,047 bytes, and
-- array_to_tsvector silently mangles longer ones): a folded term is at most 200 characters,
-- so no match is lost. The fold table must stay equal to fold-text.ts's (a db test checks it).
-- PL/pgSQL, so that it is never inlined and its COST counts: folding costs tens of
-- microseconds an article, and with the default cost of its parts the planner would rather
-- fold a brand's articles once per term than search the index once per term.
CREATE FUNCTION folded_words(title text, lead text) RETURNS tsvector
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE COST 1000
AS $$ BEGIN
  RETURN array_to_tsvector(string_to_array(btrim(regexp_replace(regexp_replace(
    translate(
      replace(replace(replace(replace(replace(title || ' ' || lead, 'œ', 'oe'), 'Œ', 'oe'), 'æ', 'ae'), 'Æ', 'ae'), 'ß', 'ss'),
      'àâäáãåāÀÂÄÁÃÅĀçćčÇĆČéèêëēęÉÈÊËĒĘíìîïīÍÌÎÏĪñńÑŃóòôöõøōÓÒÔÖÕØŌúùûüūÚÙÛÜŪýÿÝŸšŠžŽłŁąĄźżŹŻśŚőŐűŰABCDEFGHIJKLMNOPQRSTUVWXYZ',
      'aaaaaaaaaaaaaacccccceeeeeeeeeeeeiiiiiiiiiinnnnoooooooooooooouuuuuuuuuuyyyysszzllaazzzzssoouuabcdefghijklmnopqrstuvwxyz'),
    '[^a-z0-9]+', ' ', 'g'),
    '([a-z0-9]{255})[a-z0-9]+', '\1', 'g')), ' '));
END $$;
--> statement-breakpoint
CREATE INDEX "articles_folded_words_gin" ON "articles" USING gin (folded_words("title", "lead"));