#pragma once

#include <QLocale>

namespace porter {

// Installs Qt's own translations (when the system has them) and Porter's for `locale` into the running
// application; every program calls it once right after creating its application object, so core messages
// (QCoreApplication::translate) come out in the user's language in the window and on the command line
// alike. Calling it again replaces the translators it installed before. Returns whether Porter's own
// translation for the locale was found (English, the source language, needs none).
bool installTranslators(const QLocale &locale = QLocale());

} // namespace porter
