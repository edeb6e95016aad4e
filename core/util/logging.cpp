#include "util/logging.h"

Q_LOGGING_CATEGORY(lcStore, "porter.store")
Q_LOGGING_CATEGORY(lcAccess, "porter.access")
Q_LOGGING_CATEGORY(lcSync, "porter.sync")
Q_LOGGING_CATEGORY(lcMail, "porter.mail")
