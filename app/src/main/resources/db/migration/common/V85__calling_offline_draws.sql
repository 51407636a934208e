-- Issue 13: a random call made in the browser while the network was down arrives later. called_at keeps the time the
-- call was made (the fairness log orders by it); synced_at is when the server received it (null for calls drawn on
-- the server). The request id the browser made is the call's client id (uq_calling_draw_request): a replay counts once.
alter table calling_draw add column synced_at ${ts};
