import { PyObject } from "./object.js";
import { newStaticType, placeStaticObject } from "./type.js";

/** `None`, `NotImplemented` and `Ellipsis`: singletons of their own types (never freed). */
export const PyNone_Type = newStaticType({ name: "NoneType", basicsize: 16 });
export const PyNotImplemented_Type = newStaticType({ name: "NotImplementedType", basicsize: 16 });
export const PyEllipsis_Type = newStaticType({ name: "ellipsis", basicsize: 16 });

// Static data in CPython (_Py_NoneStruct...), not blocks of the allocator.
export const Py_None: PyObject = placeStaticObject(new PyObject(PyNone_Type), "None");
export const Py_NotImplemented: PyObject = placeStaticObject(
  new PyObject(PyNotImplemented_Type),
  "NotImplemented",
);
export const Py_Ellipsis: PyObject = placeStaticObject(new PyObject(PyEllipsis_Type), "Ellipsis");

/** Slots of the three singleton types; they need str objects, so bootstrap calls this. */
export function initSingletonTypes(
  newStr: (s: string) => PyObject,
  raiseTypeError: (msg: string) => never,
): void {
  const singleton = (o: PyObject, name: string) => {
    const t = o.ob_type;
    t.tp_repr = () => newStr(name);
    // NoneType(), NotImplementedType() and ellipsis() return the singleton and take no arguments.
    t.tp_new = (_type, args, kwnames) => {
      if (args.length > 0 || (kwnames !== null && kwnames.length > 0)) {
        raiseTypeError(`${t.tp_name} takes no arguments`);
      }
      o.ob_refcnt++;
      return o;
    };
  };
  singleton(Py_None, "None");
  singleton(Py_NotImplemented, "NotImplemented");
  singleton(Py_Ellipsis, "Ellipsis");
  PyNone_Type.nb_bool = () => false;
}
