# The behaviour-change variant of cases/templates/uops.inc (applied by
# cases/gate/make.sh to a copy; cases/templates/ itself is never changed).
#
# _LOAD_CONST_INLINE: tag the pushed constant with 3 instead of 1 (a
# different constant: the stored value differs on every path).
/^case _LOAD_CONST_INLINE: {/,/^}/s/operand0 | 1;/operand0 | 3;/
# _TO_BOOL_INT: ask PyRef_Dup instead of PyEggs_Check (a call to a
# different external function, made on every path).
/^case _TO_BOOL_INT: {/,/^}/s/= PyEggs_Check(/= (int)PyRef_Dup(/
