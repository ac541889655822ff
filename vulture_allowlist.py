"""Names that look unused to vulture but are called or read by a framework.

Vulture reads this file with the code (see [tool.vulture] in pyproject.toml): a name listed
here counts as used everywhere. Add a name only when something outside our code uses it.
"""

from vulture.whitelist_utils import Whitelist

_ = Whitelist()

# Qt calls these overrides of its virtual methods.
_.canFetchMore
_.dragEnterEvent
_.dropEvent
_.fixup
_.headerData
_.minimumSizeHint
_.mouseMoveEvent
_.mousePressEvent
_.mouseReleaseEvent
_.paintEvent
_.tabletEvent
_.textFromValue
_.valueFromText
_.disambiguation  # an argument of QTranslator.translate, which Qt passes

# peewee: the connection factory and the model options it reads.
_._connect
_.Meta
_.indexes
_.table_name
_.legacy_table_names

# pydantic reads the model options and serialises every field of a response model.
_.model_config
_.auditPath
_.firstRoot
_.leafHash
_.leafIndex
_.leafIndices
_.nextCursor
_.rootHash
_.secondRoot
_.syncLevel
_.syncLevelUpdates
_.userId
_.verifierKey

# http.server calls the handlers and reads the class options of a request handler.
_.close_connection
_.daemon_threads
_.disable_nagle_algorithm
_.do_GET
_.do_POST
_.do_PUT
_.log_message
_.protocol_version

# Hypothesis runs a state machine's teardown after each run.
_.teardown

# The standard library reads these attributes once they are set.
_.optionxform  # configparser: how option names are normalised
_.prec  # decimal: a context's precision

# A column the sync server writes with each attachment it keeps (server/store/attachments.py).
_.added_at
