// `npm run staff -- <command>`: bootstrap and desktop sign-in for staff, straight against the database.
//   create-admin --ward <ward id>   prints a one-time invite code (7 days) for the ward's first admin
//   create-city                     prints a one-time invite code (7 days) for a city overview account (counts only)
//   login-code --staff <staff id>   prints a one-time desktop sign-in code (10 minutes)
//   list                            lists staff (id, role, ward, name) to find an id
// Uses DATABASE_URL when set, else the PGlite data in DATA_DIR (stop `npm start` first: PGlite is single-process).
import { parseArgs } from 'node:util';
import { readConfig } from './config';
import { openDatabase } from './db/open-database';
import { staffWithNames } from './db/queries/staff';
import { loadAreas, syncAreas } from './services/households/areas';
import { createAttemptLimit } from './services/access/attempt-limit';
import { createStaffAccess } from './services/access/staff-access';
import { createStaffInvites } from './services/access/staff-invites';

const USAGE =
  'usage: npm run staff -- create-admin --ward <ward id> | create-city | login-code --staff <staff id> | list';
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { ward: { type: 'string' }, staff: { type: 'string' } },
});
const config = readConfig();

async function run() {
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  const { db } = database;
  try {
    await syncAreas(db, await loadAreas(config.areasFile));
    const now = () => new Date();
    const invites = createStaffInvites({
      db,
      access: createStaffAccess(db),
      attempts: createAttemptLimit(db, now),
      appId: config.appId,
      now,
    });
    switch (positionals[0]) {
      case 'create-admin': {
        if (!values.ward) throw new Error(`--ward is required. ${USAGE}`);
        const invite = await invites.createAdmin(values.ward);
        console.log(`Invite code for the first ward admin of ${invite.wardName}:\n\n    ${invite.code}\n`);
        console.log(`Valid until ${invite.expiresAt}, once. In Zalo open ${invite.link}`);
        console.log(
          config.devSignIn
            ? 'In development: sign in at http://localhost:3000 (development sign-in), then enter the code on the staff screen.'
            : '',
        );
        break;
      }
      case 'create-city': {
        const invite = await invites.createCity();
        console.log(`Invite code for a city overview account (every ward's counts, no names):\n\n    ${invite.code}\n`);
        console.log(`Valid until ${invite.expiresAt}, once. In Zalo open ${invite.link}`);
        break;
      }
      case 'login-code': {
        if (!values.staff) throw new Error(`--staff is required. ${USAGE}`);
        const code = await invites.loginCodeFor(values.staff);
        console.log(
          `Sign-in code:\n\n    ${code.code}\n\nType it at http://localhost:${config.port} before ${code.expiresAt} (10 minutes, once).`,
        );
        break;
      }
      case 'list': {
        const rows = await staffWithNames(db);
        for (const r of rows)
          console.log(
            [r.id, r.role, r.ward_id, r.area_ids.join(' ') || r.school_name || '-', r.display_name].join('\t'),
          );
        if (!rows.length) console.log('No staff yet: npm run staff -- create-admin --ward <ward id>');
        break;
      }
      default:
        throw new Error(USAGE);
    }
  } finally {
    await database.close();
  }
}

run().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
