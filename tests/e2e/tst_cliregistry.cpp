// porterctl's command registry (app/porterctl/registry.h) and the command-line conventions both
// programs share (app/common/cliutil.h). The registry is read directly, and everything it promises is
// checked through the real binaries: every registered command is listed and has help, every option it
// marks required is enforced (exit 2) and nothing else is, --help/-h/--version exit 0.
#include "registry.h"
#include "run.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace porter::cli;

namespace {

using porter::test::Run;

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("PORTER_AS"));
    e.remove(QStringLiteral("PORTER_PASSWORD"));
    e.insert(QStringLiteral("LC_ALL"), QStringLiteral("C")); // English, whatever the machine's language
    e.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    p.setProcessEnvironment(e);
    p.start(porter::test::binary(program), args);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    Run r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

// A command's words as arguments: "key add" -> {"key", "add"}.
QStringList words(const Command &c)
{
    return c.nameText().split(QLatin1Char(' '));
}

// The synopsis without its optional parts ([...]) and alternatives ((... | ...)).
QString mandatoryPart(const QString &synopsis)
{
    QString s = synopsis;
    static const QRegularExpression optional(QStringLiteral("\\[[^\\]]*\\]|\\([^)]*\\)"));
    s.remove(optional);
    return s;
}

} // namespace

class TestCliRegistry : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    // A database path that does not exist: a command whose command line is right fails at opening it
    // (exit 1, "No Porter database"), after the required-option check, and creates nothing.
    QString missingDb() const { return m_dir.filePath(QStringLiteral("none/porter.sqlite")); }

private Q_SLOTS:
    void registryIsWellFormed();
    void helpListsEveryRegisteredCommand();
    void requiredOptionsAreEnforced();
    void argumentsAreCounted();
    void helpAndVersionExitZero();
    void porterDoorSharesTheConventions();
};

void TestCliRegistry::registryIsWellFormed()
{
    const QList<Command> &all = commands();
    QVERIFY(all.size() >= 37);
    QSet<QString> names;
    QSet<QString> globals;
    for (const QCommandLineOption &o : globalOptions())
        globals.unite(QSet<QString>(o.names().cbegin(), o.names().cend()));
    for (const Command &c : all) {
        const QString name = c.nameText();
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QVERIFY2(c.handler, qPrintable(name));
        QVERIFY2(!c.summaryText().isEmpty() && !c.helpText().isEmpty(), qPrintable(name));
        QVERIFY2(findCommand(name) == &c, qPrintable(name));
        if (c.argument)
            QVERIFY2(mandatoryPart(c.synopsisText()).contains(c.argumentText()), qPrintable(name));
        QSet<QString> options;
        for (const Option &o : c.options) {
            const QString option = QString::fromLatin1(o.name);
            QVERIFY2(!options.contains(option) && !globals.contains(option),
                     qPrintable(name + u' ' + option));
            options.insert(option);
            QVERIFY2(QString::fromLatin1(o.help).size() > 2, qPrintable(name + u' ' + option));
            // A required option takes a value (a confirmation flag such as --yes is the handler's to
            // explain), and the synopsis shows it outside [...] and (...), so help tells the truth.
            if (o.required) {
                QVERIFY2(o.value, qPrintable(name + u' ' + option));
                QVERIFY2(mandatoryPart(c.synopsisText()).contains(QStringLiteral("--%1 ").arg(option)) ||
                             mandatoryPart(c.synopsisText()).endsWith(QStringLiteral("--%1").arg(option)),
                         qPrintable(name + u' ' + option));
            } else {
                QVERIFY2(!mandatoryPart(c.synopsisText()).contains(QStringLiteral("--%1 ").arg(option)) ||
                             !o.value,
                         qPrintable(name + u' ' + option));
            }
        }
    }
    // The help order: the sections, in the order their files register them.
    QCOMPARE(all.constFirst().nameText(), QStringLiteral("init"));
    QCOMPARE(all.constLast().nameText(), QStringLiteral("version"));
    QVERIFY(findCommand(QStringLiteral("key add")) && !findCommand(QStringLiteral("key")));
}

void TestCliRegistry::helpListsEveryRegisteredCommand()
{
    const Run list = run(QStringLiteral("porterctl"), {QStringLiteral("help")});
    QVERIFY2(list.code == 0 && list.err.isEmpty(), qPrintable(list.show()));
    qsizetype at = 0;
    for (const Command &c : commands()) {
        // Listed in registry order, with its summary.
        const qsizetype line = list.out.indexOf(QStringLiteral("\n  %1 ").arg(c.nameText()), at);
        QVERIFY2(line > at, qPrintable(c.nameText()));
        at = line;
        QVERIFY2(list.out.indexOf(c.summaryText(), line) > line, qPrintable(c.nameText()));

        const Run help = run(QStringLiteral("porterctl"), QStringList{QStringLiteral("help")} + words(c));
        QVERIFY2(help.code == 0, qPrintable(help.show()));
        QVERIFY2(help.out.startsWith(QStringLiteral("Usage: porterctl %1").arg(c.nameText())),
                 qPrintable(help.show()));
        for (const Option &o : c.options)
            QVERIFY2(help.out.contains(QStringLiteral("--%1").arg(QString::fromLatin1(o.name))),
                     qPrintable(help.show()));
        // COMMAND --help is the same page.
        const Run dashHelp = run(QStringLiteral("porterctl"), words(c) << QStringLiteral("--help"));
        QVERIFY2(dashHelp.code == 0 && dashHelp.out == help.out, qPrintable(dashHelp.show()));
    }
}

void TestCliRegistry::requiredOptionsAreEnforced()
{
    int checked = 0;
    for (const Command &c : commands()) {
        if (c.needs == Needs::Nothing || c.createsDatabase)
            continue; // version runs anywhere; init and demo would create the database
        // Every required option with a value that parses, and the argument.
        QStringList complete = words(c);
        if (c.argument)
            complete << QStringLiteral("1");
        const QStringList required = c.requiredOptions();
        for (const QString &option : required)
            complete << QStringLiteral("--") + option << QStringLiteral("1");
        complete << QStringLiteral("--db") << missingDb();
        const Run ok = run(QStringLiteral("porterctl-testclock"), complete);
        QVERIFY2(ok.code == 1 && ok.err.contains(QStringLiteral("No Porter database")),
                 qPrintable(ok.show()));
        // Each one left out: a usage error naming it, before anything is opened.
        for (const QString &option : required) {
            QStringList args = complete;
            const qsizetype i = args.indexOf(QStringLiteral("--") + option);
            args.remove(i, 2);
            const Run missing = run(QStringLiteral("porterctl-testclock"), args);
            QVERIFY2(missing.code == 2, qPrintable(missing.show()));
            QCOMPARE(missing.err, QStringLiteral("porterctl: %1 needs --%2 (usage: porterctl %1 %3)\n")
                                      .arg(c.nameText(), option, c.synopsisText()));
            ++checked;
        }
    }
    QVERIFY(checked >= 25);
    QVERIFY(!QFileInfo::exists(missingDb()) && !QFileInfo::exists(m_dir.filePath(QStringLiteral("none"))));
    // init is checked too, on a database it could create: nothing is created without its options.
    const Command *init = findCommand(QStringLiteral("init"));
    QVERIFY(init);
    QCOMPARE(init->requiredOptions(),
             QStringList({QStringLiteral("portfolio"), QStringLiteral("name"), QStringLiteral("email")}));
    const Run noName =
        run(QStringLiteral("porterctl"),
            {QStringLiteral("init"), QStringLiteral("--db"), missingDb(), QStringLiteral("--portfolio"),
             QStringLiteral("P"), QStringLiteral("--email"), QStringLiteral("a@b.test")});
    QVERIFY2(noName.code == 2 && noName.err.contains(QStringLiteral("init needs --name")),
             qPrintable(noName.show()));
    QVERIFY(!QFileInfo::exists(missingDb()));
}

void TestCliRegistry::argumentsAreCounted()
{
    // A command without an argument refuses one; a command with one refuses a second.
    const Run extra =
        run(QStringLiteral("porterctl"), {QStringLiteral("property"), QStringLiteral("list"),
                                          QStringLiteral("7"), QStringLiteral("--db"), missingDb()});
    QVERIFY2(extra.code == 2 && extra.err.contains(QStringLiteral("Unexpected argument \"7\"")),
             qPrintable(extra.show()));
    const Run second = run(QStringLiteral("porterctl"),
                           {QStringLiteral("person"), QStringLiteral("show"), QStringLiteral("7"),
                            QStringLiteral("8"), QStringLiteral("--db"), missingDb()});
    QVERIFY2(second.code == 2 && second.err.contains(QStringLiteral("Unexpected argument \"8\"")),
             qPrintable(second.show()));
    // A usage error with --json: the same line on stderr and code "usage" on stdout.
    const Run json = run(QStringLiteral("porterctl"), {QStringLiteral("people"), QStringLiteral("--json")});
    QVERIFY2(json.code == 2 && json.out.contains(QStringLiteral("\"code\": \"usage\"")),
             qPrintable(json.show()));
}

void TestCliRegistry::helpAndVersionExitZero()
{
    const Run list = run(QStringLiteral("porterctl"), {QStringLiteral("help")});
    for (const QStringList &args : QList<QStringList>{{QStringLiteral("--help")},
                                                      {QStringLiteral("-h")},
                                                      {QStringLiteral("help"), QStringLiteral("help")},
                                                      {QStringLiteral("help"), QStringLiteral("--json")}}) {
        const Run r = run(QStringLiteral("porterctl"), args);
        QVERIFY2(r.code == 0 && r.out == list.out && r.err.isEmpty(), qPrintable(args.join(u' ') + r.show()));
    }
    const Run version = run(QStringLiteral("porterctl"), {QStringLiteral("--version")});
    QVERIFY2(version.code == 0 && version.out.startsWith(QStringLiteral("porterctl ")),
             qPrintable(version.show()));
    QCOMPARE(run(QStringLiteral("porterctl"), {QStringLiteral("version")}).out, version.out);
    const Run unknown = run(QStringLiteral("porterctl"), {QStringLiteral("help"), QStringLiteral("bogus")});
    QVERIFY2(unknown.code == 2 && unknown.err.contains(QStringLiteral("no command \"bogus\"")),
             qPrintable(unknown.show()));
}

void TestCliRegistry::porterDoorSharesTheConventions()
{
    // The same exit statuses and one-line errors as porterctl (app/common/cliutil.h).
    for (const QString &flag : {QStringLiteral("help"), QStringLiteral("--help"), QStringLiteral("-h")}) {
        const Run r = run(QStringLiteral("porter-door"), {flag});
        QVERIFY2(r.code == 0 && r.out.startsWith(QStringLiteral("porter-door - ")), qPrintable(r.show()));
    }
    const Run version = run(QStringLiteral("porter-door"), {QStringLiteral("--version")});
    QVERIFY2(version.code == 0 && version.out.startsWith(QStringLiteral("porter-door ")) &&
                 version.out.endsWith(QLatin1Char('\n')) && version.out.count(QLatin1Char('\n')) == 1,
             qPrintable(version.show()));
    QVERIFY(version.out.contains(
        run(QStringLiteral("porterctl"), {QStringLiteral("--version")}).out.section(u' ', 1, 1)));
    const Run unknown = run(QStringLiteral("porter-door"), {QStringLiteral("bogus")});
    QVERIFY2(unknown.code == 2 && unknown.err.startsWith(QStringLiteral("porter-door: ")) &&
                 unknown.err.count(QLatin1Char('\n')) == 1,
             qPrintable(unknown.show()));
    const Run noState = run(QStringLiteral("porter-door"), {QStringLiteral("status")});
    QVERIFY2(noState.code == 2 && noState.err == QStringLiteral("porter-door: status needs --state DIR.\n"),
             qPrintable(noState.show()));
    // A failure that is not the command line's: exit 1, and the shared door-state message.
    const QString none = m_dir.filePath(QStringLiteral("no-door"));
    const Run missing =
        run(QStringLiteral("porter-door"), {QStringLiteral("status"), QStringLiteral("--state"), none});
    QVERIFY2(missing.code == 1 &&
                 missing.err ==
                     QStringLiteral("porter-door: No door state in %1: create one with porter-door init "
                                    "--state %1.\n")
                         .arg(none),
             qPrintable(missing.show()));
}

QTEST_GUILESS_MAIN(TestCliRegistry)
#include "tst_cliregistry.moc"
