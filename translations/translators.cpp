#include "translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QTranslator>

namespace porter {

bool installTranslators(const QLocale &locale)
{
    // Parented to the application, so they live exactly as long as it; remembered so that a second call
    // (a test switching language) does not stack a second set on top of the first.
    static QPointer<QTranslator> qtTranslator;
    static QPointer<QTranslator> porterTranslator;
    for (QPointer<QTranslator> *old : {&qtTranslator, &porterTranslator}) {
        if (*old) {
            QCoreApplication::removeTranslator(*old);
            delete old->data();
        }
    }

    // qtbase_<lang>.qm comes with the system's Qt (Debian: qt6-translations-l10n, only recommended).
    qtTranslator = new QTranslator(QCoreApplication::instance());
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);

    // Porter's own are compiled into the program (translations/CMakeLists.txt, prefix /i18n).
    porterTranslator = new QTranslator(QCoreApplication::instance());
    if (!porterTranslator->load(locale, QStringLiteral("porter"), QStringLiteral("_"),
                                QStringLiteral(":/i18n")))
        return false;
    QCoreApplication::installTranslator(porterTranslator);
    return true;
}

} // namespace porter
