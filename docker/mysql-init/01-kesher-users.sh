#!/bin/sh
# Run once by the mysql image on an empty data directory (/docker-entrypoint-initdb.d): the two
# users of README "On MySQL 8": kesher_owner owns the schema (migrates it and grants), kesher is
# Kesher's own user and gets its rights from the owner at Kesher's start (the access log: SELECT
# and INSERT only).
set -eu
mysql -uroot -p"$MYSQL_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS 'kesher_owner'@'%' IDENTIFIED BY '${KESHER_DB_OWNER_PASSWORD}';
GRANT ALL ON kesher.* TO 'kesher_owner'@'%' WITH GRANT OPTION;
GRANT SELECT ON mysql.user TO 'kesher_owner'@'%';
CREATE USER IF NOT EXISTS 'kesher'@'%' IDENTIFIED BY '${KESHER_DB_PASSWORD}';
SQL
