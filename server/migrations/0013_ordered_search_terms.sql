-- Issue 9.3: a search reads its page in name order from the terms index.
-- Each term row carries its user's sort name, and the key orders by it
-- after the term, so the page of a word matching thousands of users is
-- read from one index (no fetch of every matching user to sort them).
-- Terms are rewritten with every change of a user's names or email (the
-- sort name is the lower-cased display name), so the copy never drifts.
-- Uniqueness per (org, term, user) is kept by construction: a user's
-- terms are deleted and written as a set in one transaction.
CREATE TABLE user_terms_ordered (
    org_id TEXT NOT NULL,
    term TEXT BYTEWISE NOT NULL,
    sort_name TEXT BYTEWISE NOT NULL,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (org_id, term, sort_name, user_id)
);
INSERT INTO user_terms_ordered (org_id, term, sort_name, user_id)
    SELECT t.org_id, t.term, u.sort_name, t.user_id
    FROM user_terms t JOIN users u ON u.id = t.user_id;
DROP TABLE user_terms;
ALTER TABLE user_terms_ordered RENAME TO user_terms;
-- Probes "does this user have a term with this prefix" and deletes.
CREATE INDEX user_terms_user ON user_terms (user_id, term);
