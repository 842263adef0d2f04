// Shims for libedit: el_set, el_get and history are variadic and cannot be called from Swift.
#ifndef DSQL_CEDITLINE_SHIM_H
#define DSQL_CEDITLINE_SHIM_H
#include <stdio.h>
#include <histedit.h>
#endif
