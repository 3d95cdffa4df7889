-- Members whose personal data a manager had removed (/privacy forget): who, by whom,
-- when. The member row stays, anonymised, so that deals keep an owner.
CREATE TABLE forgotten_members (
    guild_id   TEXT NOT NULL,
    member_id  INTEGER NOT NULL REFERENCES members(id),
    by_member  INTEGER REFERENCES members(id),
    at         TEXT NOT NULL,
    PRIMARY KEY (guild_id, member_id)
) WITHOUT ROWID;
