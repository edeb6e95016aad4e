// Issue 7, item 4 through the real porterctl: with LANG=es_ES.UTF-8 a core validation error is printed in
// Spanish on stderr (and in the --json error object), while the machine-readable parts (exit status, the
// error code) stay as they are. Nothing here needs the es_ES glibc locale to be generated: Qt takes the
// language from LANG itself, and the test machine has only C.UTF-8.
#include "run.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString kNow = QStringLiteral("2026-03-07T17:00:00Z");
const QString kManager = QStringLiteral("paz@puerto.test");
const QString kPassword = QStringLiteral("correct horse battery");

using porter::test::Run;

// The environment of a user whose only language setting is LANG (nothing overriding it).
QProcessEnvironment withLang(const QString &lang)
{
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE"})
        e.remove(QString::fromLatin1(name));
    e.insert(QStringLiteral("LANG"), lang);
    e.insert(QStringLiteral("PORTER_AS"), kManager);
    e.insert(QStringLiteral("PORTER_PASSWORD"), kPassword);
    return e;
}

} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validationErrorInSpanish();
    void validationErrorInSpanishAsJson();
    void timeZoneErrorInSpanish();
    void englishWithoutALanguage();

private:
    Run ctl(const QStringList &args, const QString &lang = QStringLiteral("es_ES.UTF-8")) const
    {
        QProcess p;
        p.setProcessEnvironment(withLang(lang));
        p.start(porter::test::binary(QStringLiteral("porterctl-testclock")),
                QStringList{QStringLiteral("--now"), kNow, QStringLiteral("--db"), m_db} + args);
        p.closeWriteChannel();
        if (!p.waitForFinished(120000))
            qFatal("porterctl did not finish");
        Run r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    qint64 idOf(const Run &r) const
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    }
    QStringList inviteWithEmail(const QString &email) const
    {
        return {QStringLiteral("invite"),   QStringLiteral("--property"), QString::number(m_property),
                QStringLiteral("--method"), QStringLiteral("app"),        QStringLiteral("--first"),
                QStringLiteral("Eva"),      QStringLiteral("--email"),    email,
                QStringLiteral("--keys"),   QString::number(m_key)};
    }

    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_property = 0;
    qint64 m_key = 0;
};

void TestLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(QStringLiteral("porter.sqlite"));
    const Run init =
        ctl({QStringLiteral("init"), QStringLiteral("--portfolio"), QStringLiteral("Residencial Puerto"),
             QStringLiteral("--name"), QStringLiteral("Paz Gestora"), QStringLiteral("--email"),
             QStringLiteral("paz@puerto.test")});
    QVERIFY2(init.code == 0, qPrintable(init.show()));
    m_property = idOf(ctl({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("Muelle 7"), QStringLiteral("--tz"),
                           QStringLiteral("Europe/Madrid"), QStringLiteral("--json")}));
    QVERIFY(m_property > 0);
    const qint64 door =
        idOf(ctl({QStringLiteral("door"), QStringLiteral("add"), QStringLiteral("--property"),
                  QString::number(m_property), QStringLiteral("--name"), QStringLiteral("Portal"),
                  QStringLiteral("--type"), QStringLiteral("building-entrance"), QStringLiteral("--json")}));
    QVERIFY(door > 0);
    m_key = idOf(ctl({QStringLiteral("key"), QStringLiteral("add"), QStringLiteral("--property"),
                      QString::number(m_property), QStringLiteral("--name"), QStringLiteral("Portal"),
                      QStringLiteral("--doors"), QString::number(door), QStringLiteral("--json")}));
    QVERIFY(m_key > 0);
}

// The invitation's email check (core/access/validation.cpp), in Spanish, as the one line porterctl prints.
void TestLanguage::validationErrorInSpanish()
{
    const Run r = ctl(inviteWithEmail(QStringLiteral("no-es-un-correo")));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral(
                 "porterctl: «no-es-un-correo» no es una dirección de correo electrónico válida")),
             qPrintable(r.show()));
    QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line, no locale warning from Qt or the C library
}

// With --json the message is the same Spanish sentence; the code stays the stable English identifier.
void TestLanguage::validationErrorInSpanishAsJson()
{
    const Run r = ctl(inviteWithEmail(QStringLiteral("no-es-un-correo")) << QStringLiteral("--json"));
    QCOMPARE(r.code, 1);
    const QJsonObject error =
        QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("error")).toObject();
    QCOMPARE(error.value(QStringLiteral("code")).toString(), QStringLiteral("invalid-input"));
    QVERIFY2(
        error.value(QStringLiteral("message"))
            .toString()
            .startsWith(QStringLiteral("«no-es-un-correo» no es una dirección de correo electrónico válida")),
        qPrintable(r.show()));
}

// A message of core/util (the time zone check), in Spanish.
void TestLanguage::timeZoneErrorInSpanish()
{
    const Run r = ctl({QStringLiteral("property"), QStringLiteral("add"), QStringLiteral("--name"),
                       QStringLiteral("Muelle 8"), QStringLiteral("--tz"), QStringLiteral("Marte/Base")});
    QCOMPARE(r.code, 1);
    QVERIFY2(
        r.err.startsWith(QStringLiteral("porterctl: «Marte/Base» no es una zona horaria conocida. Use un "
                                        "nombre IANA como America/New_York o Europe/Paris.")),
        qPrintable(r.show()));
}

// The same error for a user without a language setting is the English source text: the Spanish above
// came from LANG, not from the build.
void TestLanguage::englishWithoutALanguage()
{
    const Run r = ctl(inviteWithEmail(QStringLiteral("no-es-un-correo")), QStringLiteral("C.UTF-8"));
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("porterctl: \"no-es-un-correo\" is not a valid email address")),
             qPrintable(r.show()));
}

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language_cli.moc"
