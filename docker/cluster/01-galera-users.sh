#!/bin/sh
# Run once by the mariadb image on the first Galera node's empty data directory; the other nodes
# receive it by state transfer. Kesher's two users (as mysql-init/01-kesher-users.sh) and the user
# that copies a node's data to a joining one (mariabackup).
set -eu
mariadb -uroot -p"$MARIADB_ROOT_PASSWORD" <<SQL
CREATE USER IF NOT EXISTS 'kesher_owner'@'%' IDENTIFIED BY '${KESHER_DB_OWNER_PASSWORD}';
GRANT ALL ON kesher.* TO 'kesher_owner'@'%' WITH GRANT OPTION;
GRANT SELECT ON mysql.user TO 'kesher_owner'@'%';
CREATE USER IF NOT EXISTS 'kesher'@'%' IDENTIFIED BY '${KESHER_DB_PASSWORD}';
CREATE USER IF NOT EXISTS 'mariabackup'@'localhost' IDENTIFIED BY '${GALERA_SST_PASSWORD}';
GRANT RELOAD, PROCESS, LOCK TABLES, BINLOG MONITOR ON *.* TO 'mariabackup'@'localhost';
SQL
