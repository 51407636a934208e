-- 家长 (families), issue 13 leftovers: the head teacher can revoke an unused invitation code (a revoked code is
-- refused with its own reason) and edit a class notice (parents see when it was last changed).
alter table family_code add column revoked_at ${ts};
alter table family_code add column revoked_by varchar(64);
alter table family_notice add column edited_at ${ts};
alter table family_notice add column edited_by varchar(64);
create index ix_family_code_class on family_code (class_id, used_at);
