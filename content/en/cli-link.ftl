# `acr-net-guide link` and `report`: problems with the step they are asked for (English). Only the command line
# shows these, so they are compiled into the native build and never into the web build's strings files.

cli-unknown-node = unknown node "{ $node }" (acr-net-guide nodes lists them)
cli-unknown-node-close = unknown node "{ $node }"; did you mean { $close }?
cli-via-not-leading = --via: the trail must be node:answer steps that lead to "{ $node }"; "{ $step }" does not
