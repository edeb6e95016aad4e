#pragma once

// `porterctl help` and `porterctl help COMMAND`, laid out from the registry.

#include "registry.h"

namespace porter::cli {

QString generalHelp();
QString commandHelp(const Command &c);

} // namespace porter::cli
