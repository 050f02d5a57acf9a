-- The cms database is POSTGRES_DB; commerce gets its own.
CREATE DATABASE webdesaku_commerce;
