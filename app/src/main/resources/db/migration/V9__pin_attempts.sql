-- Wrong PINs in a row per certificate kept by VanThu: after five, the key rests for a while, as a token locks itself.
alter table signing_certificate add column pin_failures int not null default 0;
alter table signing_certificate add column pin_locked_until timestamp with time zone;
