-- Failed invitation-code redemptions by address, so that guessing codes is slowed down (10 failures in 15 minutes
-- pause that address); rows older than a day are purged.
create table family_code_attempt (
    id              bigint       not null primary key,
    remote_address  varchar(64)  not null,
    attempted_at    ${ts}        not null
);
create index ix_family_code_attempt on family_code_attempt (remote_address, attempted_at);
