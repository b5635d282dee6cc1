import { makeImmortal, PyObject } from "./object.js";
import { newStaticType } from "./type.js";

/** `None`, `NotImplemented` and `Ellipsis`: singletons of their own types (never freed). */
export const PyNone_Type = newStaticType({ name: "NoneType", basicsize: 16 });
export const PyNotImplemented_Type = newStaticType({ name: "NotImplementedType", basicsize: 16 });
export const PyEllipsis_Type = newStaticType({ name: "ellipsis", basicsize: 16 });

export const Py_None: PyObject = makeImmortal(new PyObject(PyNone_Type), 16);
export const Py_NotImplemented: PyObject = makeImmortal(new PyObject(PyNotImplemented_Type), 16);
export const Py_Ellipsis: PyObject = makeImmortal(new PyObject(PyEllipsis_Type), 16);
