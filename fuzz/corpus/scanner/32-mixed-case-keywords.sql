-- Keyword case and odd spacing.
SeLeCt 1 AS One;
CREATE   TABLE scan32_t(Id INT);INSERT INTO scan32_t VALUES(1);
	SELECT	*	FROM	scan32_t	;
DROP TABLE scan32_t;
