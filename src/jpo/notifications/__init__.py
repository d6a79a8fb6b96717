"""E-mail to candidates and staff through a transactional outbox: `outbox.enqueue` writes the message's
event in the transaction of the change that causes it; `worker.Worker` composes and delivers it later,
with retries, by SMTP or into a folder of `.eml` files."""
