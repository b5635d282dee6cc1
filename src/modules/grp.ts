/**
 * The `grp` module (CPython's Modules/grpmodule.c): the group database, read from the host's
 * /etc/group (none on a host without one: every lookup is a KeyError).
 */

import { parseArgs } from "../objects/args.js";
import { PyExc_KeyError, raise } from "../objects/exceptions.js";
import { PyInt_FromNumber } from "../objects/int.js";
import { PyList_New } from "../objects/list.js";
import type { MethodDef } from "../objects/methods.js";
import type { PyObject } from "../objects/object.js";
import { PyStr_FromString } from "../objects/str.js";
import { newStructSeqType, structSeqNew } from "../objects/structseq.js";
import type { PyType } from "../objects/type.js";
import { allEntries, entryNamed, idArg, readDatabase, registerDatabaseModule } from "./pwd.js";

const StructGroup_Type = newStructSeqType({
  name: "grp.struct_group",
  doc:
    "grp.struct_group: Results from getgr*() routines.\n\n" +
    "This object may be accessed either as a tuple of\n" +
    "  (gr_name,gr_passwd,gr_gid,gr_mem)\n" +
    "or via the object attributes as named in the above tuple.\n",
  fields: [
    { name: "gr_name", doc: "group name" },
    { name: "gr_passwd", doc: "password" },
    { name: "gr_gid", doc: "group id" },
    { name: "gr_mem", doc: "group members" },
  ],
});

function groupEntries(): string[][] {
  return readDatabase("/etc/group").filter((r) => r.length >= 4);
}

function mkgrent(r: string[]): PyObject {
  const [name, passwd, gid, members] = r as [string, string, string, string];
  return structSeqNew(StructGroup_Type as PyType, [
    PyStr_FromString(name),
    PyStr_FromString(passwd),
    PyInt_FromNumber(Number(gid)),
    PyList_New(
      members
        .split(",")
        .filter((m) => m !== "")
        .map((m) => PyStr_FromString(m)),
    ),
  ]);
}

const FUNCTIONS: MethodDef[] = [
  {
    name: "getgrgid",
    doc: "Return the group database entry for the given numeric group ID.\n\nIf id is not valid, raise KeyError.",
    textSignature: "($module, /, id)",
    impl: (_m, args, kwnames) => {
      const [id] = parseArgs("getgrgid", args, kwnames, { names: ["id"], required: 1 });
      const gid = idArg(id!, "gid");
      if (gid === null) raise(PyExc_KeyError, "getgrgid(): gid not found");
      const r = groupEntries().find((e) => Number(e[2]) === gid);
      if (r === undefined) raise(PyExc_KeyError, `getgrgid(): gid not found: ${gid}`);
      return mkgrent(r);
    },
  },
  {
    name: "getgrnam",
    doc: "Return the group database entry for the given group name.\n\nIf name is not valid, raise KeyError.",
    textSignature: "($module, /, name)",
    impl: (_m, args, kwnames) => {
      const [arg] = parseArgs("getgrnam", args, kwnames, { names: ["name"], required: 1 }) as [PyObject];
      return mkgrent(entryNamed(groupEntries(), arg, "getgrnam", "argument 'name'"));
    },
  },
  {
    name: "getgrall",
    doc: "Return a list of all available group entries, in arbitrary order.\n\nAn entry whose name starts with '+' or '-' represents an instruction\nto use YP/NIS and may not be accessible via getgrnam or getgrgid.",
    textSignature: "($module, /)",
    impl: (_m, args, kwnames) => allEntries("grp.getgrall", args, kwnames, groupEntries(), mkgrent),
  },
];

export function registerGrpModule(): void {
  registerDatabaseModule(
    "grp",
    "Access to the Unix group database.\n\nGroup entries are reported as 4-tuples containing the following fields\nfrom the group database, in order:\n\n  gr_name   - name of the group\n  gr_passwd - group password (encrypted); often empty\n  gr_gid    - numeric ID of the group\n  gr_mem    - list of members\n\nThe gid is an integer, name and password are strings.  (Note that most\nusers are not explicitly listed as members of the groups they are in\naccording to the password database.  Check both databases to get\ncomplete membership information.)",
    FUNCTIONS,
    "struct_group",
    StructGroup_Type,
  );
}
