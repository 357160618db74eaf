import type { DatabaseDescriptor } from './types.js';

export const mysql: DatabaseDescriptor = {
  id: 'mysql',
  label: 'MySQL',
  promptLabel: 'MySQL / MariaDB',
  service: {
    image: 'mysql:9.7',
    port: 3306,
    env: (name) => ({ MYSQL_ROOT_PASSWORD: 'root', MYSQL_DATABASE: name }),
    download: 'https://mariadb.org/download/ (or https://dev.mysql.com/downloads/mysql/)',
    healthcheck: ['mysqladmin', 'ping', '-h', '127.0.0.1', '-uroot', '-proot', '--silent'],
    retries: 30,
    volume: { name: 'mysqldata', path: '/var/lib/mysql' },
  },
  urls: (db) => ({
    localUrl: `mysql://root:root@localhost:3306/${db}`,
    composeUrl: `mysql://root:root@db:3306/${db}`,
    ciUrl: `mysql://root:root@127.0.0.1:3306/${db}_test`,
  }),
};
