-- Failed logins per client address across usernames (password spraying: one password tried on many usernames
-- never trips the per-username lock in login_throttle). One row per failure; too many in the window locks the
-- address for a while. In the database, like login_throttle, so every app node sees the same counts.
create table login_address_failure (
    remote_address varchar(64) not null,
    failed_at      ${ts}       not null
);
create index ix_login_address_failure on login_address_failure (remote_address, failed_at);

create table login_address_lock (
    remote_address varchar(64) not null primary key,
    locked_until   ${ts}       not null
);
