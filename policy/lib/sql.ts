import { refersTo, referrersOfType } from "./references";
import { StackResource, StackView } from "./stack";
import { asString, isUnknown } from "./values";

/**
 * Which Azure SQL sub-resource belongs to which database (lib/references.ts, for SQL): a database
 * is named by `serverName` and `databaseName` together, so a retention policy or TDE setting
 * belongs to a database when its `databaseName` depends on it by property (built from the
 * database's output), or names it literally and its `serverName` refers to the same server (two
 * servers may each hold an `orders` database).
 */
const SQL_SERVER = "azure-native:sql:Server";

/**
 * The servers a SQL sub-resource's `serverName` refers to, or the literal it names when it refers to
 * none in the stack: two sub-resources belong to the same server when they refer to the same one.
 */
function serverOf(stack: StackView, r: StackResource): { servers: string[]; literal?: string } {
    const servers = stack.ofType(SQL_SERVER).filter((s) => refersTo(stack, r, "serverName", s, "serverName")).map((s) => s.urn);
    return { servers, literal: servers.length === 0 ? asString(stack.pathParameter(r, "serverName")) : undefined };
}

function sameServer(stack: StackView, a: StackResource, b: StackResource): boolean {
    const x = serverOf(stack, a);
    const y = serverOf(stack, b);
    return x.servers.some((s) => y.servers.includes(s)) || (x.literal !== undefined && x.literal === y.literal);
}

/**
 * The resources of `type` that refer to database `db`: by a property dependency of their
 * `databaseName` on it (which names that one database whatever its server's name shows), or by its
 * literal name on the same server.
 */
export function ofSqlDatabase(stack: StackView, db: StackResource, type: string): StackResource[] {
    return referrersOfType(stack, db, type, "databaseName", "databaseName")
        .filter((p) => dependsOnByName(stack, p, db) || sameServer(stack, p, db));
}

function dependsOnByName(stack: StackView, r: StackResource, db: StackResource): boolean {
    return stack.dependenciesOf(r, "databaseName").some((d) => d.urn === db.urn);
}

/**
 * The resources of `type` whose `databaseName` is unknown in preview and refers to nothing in the
 * stack: they may belong to any database, so a database without a sub-resource of its own is
 * undecided, not failed, while they exist. (In a preview of a Java program an output carries a
 * property dependency only through `id()`, docs/fidelity.md: a program relates SQL sub-resources by
 * writing the database's Azure name.)
 */
export function unrelatedToAnyDatabase(stack: StackView, type: string): StackResource[] {
    return stack.ofType(type).filter((r) => isUnknown(stack.pathParameter(r, "databaseName")) && stack.dependenciesOf(r, "databaseName").length === 0);
}

/** The `[undecided]` text for `db` when `blind` (see `unrelatedToAnyDatabase`) may be its `what`. */
export function blindText(db: StackResource, blind: readonly StackResource[], what: string): string {
    return `SQL database '${db.name}' has no ${what} of its own that the stack shows, and ${blind.map((b) => `'${b.name}'`).join(", ")} ${blind.length === 1 ? "names its" : "name their"} database by a value unknown in preview `
        + "that refers to no resource (in a Java preview only id() carries a reference: write the database's Azure name), so whether one is its own cannot be told";
}
