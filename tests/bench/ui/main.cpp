// porter_bench_ui: times what a manager waits for in the window, on the benchmark's 100,000-person portfolio
// (docs/benchmarks.md, "The window"): the real MainWindow on the offscreen platform, over the real Backend.
// One JSON line per figure on stdout, everything else on stderr. Not a test: nothing is asserted.

#include "access/accessservice.h"
#include "access/directoryservice.h"
#include "access/queryservice.h"
#include "app/backend.h"
#include "benchlog.h"
#include "dataset.h"
#include "mainwindow.h"
#include "peoplepage.h"
#include "personpanel.h"
#include "secrets/secretstore.h"
#include "services.h"
#include "store/database.h"
#include "timing.h"
#include "util/clock.h"
#include "viewmodels/peoplemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace porter;
using namespace porter::bench;

namespace {

constexpr char kPassword[] = "bench-password-not-a-secret";

QString dataDir()
{
    const QString dir = qEnvironmentVariable("PORTER_BENCH_DATA_DIR");
    return dir.isEmpty() ? QStringLiteral("build-bench") : dir;
}

// One property of 100,000 people: the People list a manager scrolls to the end of.
Scale buildingScale()
{
    Scale s;
    s.label = QStringLiteral("building");
    s.properties = 1;
    s.peoplePerProperty = 100000;
    s.grants = 150000;
    s.activity = 200000;
    return s;
}

// The data set at `file` for `scale`, generated when missing or stale, copied to a scratch file the
// window may write to (sign-in and the setup below write activity).
QString prepare(const QString &file, const Scale &scale, const QString &scratchName)
{
    const QString path = QFileInfo(dataDir() + QLatin1Char('/') + file).absoluteFilePath();
    QDir().mkpath(QFileInfo(path).absolutePath());
    if (!isComplete(path, scale)) {
        note(QStringLiteral("generating %1 (%2 scale)").arg(path, scale.label));
        check(generate(path, scale), QStringLiteral("generate"));
    }
    const QString scratch = QFileInfo(path).absolutePath() + QLatin1Char('/') + scratchName;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(scratch + suffix);
    if (!QFile::copy(path, scratch))
        die(QStringLiteral("cannot copy %1 to %2").arg(path, scratch));
    QFile::setPermissions(scratch, QFile::ReadOwner | QFile::WriteOwner);
    return scratch;
}

struct Opened
{
    std::unique_ptr<Backend> backend;
    Manager manager;
};

Opened open(const QString &path, const Clock &clock)
{
    Backend::Parts parts;
    parts.sharedClock = &clock;
    parts.keys = std::make_unique<FileKeyProvider>(path + QStringLiteral(".keys"));
    Opened o;
    o.backend = check(Backend::open(path, Backend::Open::Existing, std::move(parts)), QStringLiteral("open"));
    o.manager =
        check(o.backend->directory().authenticate(QLatin1String(kManagerEmail), QLatin1String(kPassword)),
              QStringLiteral("sign in"));
    return o;
}

// Runs the event loop until `done` or 30 s.
void waitFor(const std::function<bool()> &done)
{
    QElapsedTimer t;
    t.start();
    while (!done()) {
        if (t.elapsed() > 30000)
            die(QStringLiteral("the window did not get there within 30 s"));
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
}

class Bench
{
public:
    Bench(int runs, int warmup)
        : m_runs(runs)
        , m_warmup(warmup)
    {}

    Summary measure(const QString &name, const std::function<void(int)> &setup,
                    const std::function<void(int)> &op, double target)
    {
        QList<double> samples;
        Stopwatch watch;
        for (int i = 0; i < m_warmup + m_runs; ++i) {
            if (setup)
                setup(i);
            watch.restart();
            op(i);
            const double ms = watch.ms();
            if (i >= m_warmup)
                samples.append(ms);
        }
        const Summary s = summarize(samples);
        if (m_baseline == 0)
            m_baseline = s.median;
        std::printf("%s\n", qPrintable(jsonLine(name, s, m_baseline)));
        std::fflush(stdout);
        if (target > 0)
            note(QStringLiteral("%1: median %2 ms, p90 %3 ms, target %4 ms: %5")
                     .arg(name)
                     .arg(s.median, 0, 'f', 3)
                     .arg(s.p90, 0, 'f', 3)
                     .arg(target)
                     .arg(s.median <= target ? QStringLiteral("met") : QStringLiteral("MISSED")));
        return s;
    }

    void baseline();
    void startToSignIn(const QString &porter, const QString &porterctl, const QString &db);
    void signInToPeople(const QString &db);
    void search(const QString &db);
    void openPerson(const QString &db);
    void jumpToLastRow(const QString &db);

private:
    int m_runs;
    int m_warmup;
    double m_baseline = 0;
    FixedClock m_clock{kNow};
};

// The baseline of every line: a plain QTableView of 100 rows shown and painted, the least any window
// with a list costs on this machine and platform.
void Bench::baseline()
{
    QStandardItemModel model(100, 5);
    for (int r = 0; r < 100; ++r)
        for (int c = 0; c < 5; ++c)
            model.setItem(r, c, new QStandardItem(QStringLiteral("Row %1 column %2").arg(r).arg(c)));
    std::unique_ptr<QTableView> view;
    measure(
        QStringLiteral("ui_plain_table_100_rows_shown"), [&](int) { view.reset(); },
        [&](int) {
            view = std::make_unique<QTableView>();
            view->setModel(&model);
            view->resize(1200, 700);
            view->show();
            view->repaint();
        },
        0);
    view.reset();
}

// Process start to the sign-in dialog on screen: the real `porter` binary, which prints a line and quits
// when PORTER_STARTUP_PROBE is set and the dialog is shown (app/porter/main.cpp). The figure includes the
// process start; `porterctl version` started the same way is printed beside it.
void Bench::startToSignIn(const QString &porter, const QString &porterctl, const QString &db)
{
    if (porter.isEmpty() || !QFileInfo(porter).isExecutable()) {
        note(QStringLiteral(
            "porter binary not found (PORTER_BIN_DIR): ui_start_to_signin_dialog not measured"));
        return;
    }
    const QString config = QFileInfo(db).absolutePath() + QStringLiteral("/ui-config");
    auto run = [&](const QString &program, const QStringList &args, const QString &expect) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("PORTER_STARTUP_PROBE"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(30000))
            die(QStringLiteral("%1 did not finish").arg(program));
        const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        if (p.exitCode() != 0 || !out.contains(expect))
            die(QStringLiteral("%1 %2 did not print \"%3\": %4").arg(program, args.join(u' '), expect, out));
    };
    measure(
        QStringLiteral("ui_porterctl_version_process"), {},
        [&](int) { run(porterctl, {QStringLiteral("version")}, QStringLiteral(".")); }, 0);
    measure(
        QStringLiteral("ui_start_to_signin_dialog"), {},
        [&](int) {
            run(porter, {QStringLiteral("--db"), db}, QStringLiteral("porter-startup-probe: sign-in"));
        },
        500);
}

// Sign-in accepted to the People page of the first property populated and painted.
void Bench::signInToPeople(const QString &db)
{
    Opened o = open(db, m_clock);
    const ui::Services services = ui::Services::of(*o.backend);
    std::unique_ptr<ui::MainWindow> window;
    measure(
        QStringLiteral("ui_signin_to_people_page"), [&](int) { window.reset(); },
        [&](int) {
            window = std::make_unique<ui::MainWindow>(services, o.manager);
            window->show();
            waitFor([&] { return window->peoplePage()->model()->rowCount() > 0; });
            window->repaint();
        },
        300);
    note(QStringLiteral("ui_signin_to_people_page: %1 rows shown")
             .arg(window->peoplePage()->model()->rowCount()));
}

// A keystroke in the search field to the list repainted, after the debounce (set to 0 here, so the
// figure is what the manager waits for once the debounce has passed).
void Bench::search(const QString &db)
{
    Opened o = open(db, m_clock);
    ui::MainWindow window(ui::Services::of(*o.backend), o.manager);
    window.show();
    ui::PeoplePage *page = window.peoplePage();
    waitFor([&] { return page->model()->rowCount() > 0; });
    auto *timer = page->findChild<QTimer *>();
    if (!timer)
        die(QStringLiteral("the People page has no search timer"));
    // "mar" typed one letter at a time: m, ma, mar, then cleared by the setup.
    const QString term = QStringLiteral("mar");
    QLineEdit *edit = page->searchEdit();
    measure(
        QStringLiteral("ui_search_keystroke_to_repaint"),
        [&](int i) {
            timer->setInterval(0);
            edit->setText(term.left(i % 3));
            waitFor([&] { return !timer->isActive(); });
            QCoreApplication::processEvents();
        },
        [&](int i) {
            QTest::keyClick(edit, term.at(i % 3).toLatin1());
            waitFor([&] { return !timer->isActive(); });
            page->table()->viewport()->repaint();
        },
        30);
    note(QStringLiteral("ui_search_keystroke_to_repaint: \"%1\" lists %2 rows")
             .arg(edit->text())
             .arg(page->model()->rowCount()));
}

// Opening a person with 50 keys and 500 activity rows in the person panel.
void Bench::openPerson(const QString &db)
{
    Opened o = open(db, m_clock);
    AccessService &access = o.backend->access();
    const auto properties = check(o.backend->directory().properties(o.manager), QStringLiteral("properties"));
    const Property property = properties.first();
    const auto keys = check(o.backend->directory().keys(o.manager, property.id), QStringLiteral("keys"));
    if (keys.size() < 50)
        die(QStringLiteral("the property has %1 keys, 50 needed").arg(keys.size()));
    // Setup, not timed: a person given 50 keys, whose expirations were changed until they have 500 rows of
    // activity.
    InviteRequest invite;
    invite.propertyId = property.id;
    invite.contact = {
        QStringLiteral("Fifty"), QStringLiteral("Keys"), QStringLiteral("fifty.keys@porter.test"), {}};
    invite.keyIds = {keys.at(0).id};
    invite.expiresAt = kNow + 365 * 86400;
    const InviteResult invited = check(access.invite(o.manager, invite), QStringLiteral("invite"));
    QList<Id> grants{invited.grants.first().id};
    for (int k = 1; k < 50; ++k)
        grants.append(check(access.addKey(o.manager, invited.person.id, keys.at(k).id, std::nullopt,
                                          kNow + 365 * 86400),
                            QStringLiteral("add key"))
                          .id);
    for (int a = 0; a < 450; ++a)
        check(access.setGrantExpiry(o.manager, grants.at(a % 50), kNow + (366 + a) * 86400),
              QStringLiteral("expiry"));
    ActivityFilter af;
    af.personId = invited.person.id;
    af.limit = 1000;
    const auto rows = check(o.backend->queries().activity(o.manager, af), QStringLiteral("activity")).size();

    ui::MainWindow window(ui::Services::of(*o.backend), o.manager);
    window.show();
    window.selectProperty(property.id);
    ui::PersonPanel *panel = window.personPanel();
    measure(
        QStringLiteral("ui_open_person_50_keys_500_activity"), [&](int) { panel->showPerson(0); },
        [&](int) {
            panel->showPerson(invited.person.id);
            panel->repaint();
        },
        50);
    note(QStringLiteral("ui_open_person_50_keys_500_activity: the person has %1 keys and %2 activity rows")
             .arg(grants.size())
             .arg(rows));
}

// Ctrl+End in the People list of a 100,000-person property: the last person current and painted.
void Bench::jumpToLastRow(const QString &db)
{
    Opened o = open(db, m_clock);
    ui::MainWindow window(ui::Services::of(*o.backend), o.manager);
    window.resize(1280, 760);
    window.show();
    ui::PeoplePage *page = window.peoplePage();
    page->showExpiredCheck()->setChecked(true); // every person of the property
    waitFor([&] { return page->model()->rowCount() > 0; });
    PeopleFilter all;
    all.propertyId = window.currentPropertyId();
    all.showExpired = true;
    const int total = check(o.backend->queries().peopleCount(o.manager, all), QStringLiteral("count"));
    QTableView *table = page->table();
    int reached = -1;
    measure(
        QStringLiteral("ui_jump_to_last_row_100000"),
        [&](int) {
            page->refresh();
            QCoreApplication::processEvents();
            table->setFocus();
            table->setCurrentIndex(page->model()->index(0, 0));
        },
        [&](int) {
            QTest::keyClick(table, Qt::Key_End, Qt::ControlModifier);
            table->viewport()->repaint();
            reached = table->currentIndex().row();
        },
        100);
    note(QStringLiteral("ui_jump_to_last_row_100000: reached row %1 of %2%3")
             .arg(reached + 1)
             .arg(total)
             .arg(reached + 1 == total ? QString() : QStringLiteral(" (NOT the last row)")));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PorterBench"));
    QApplication::setApplicationName(QStringLiteral("porter_bench_ui"));
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Times the window on the benchmark portfolio (100,000 people) and a 100,000-person property and "
        "prints one JSON line per figure (median, ms). See docs/benchmarks.md."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Timed runs per figure (default 20)."),
                                        QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Untimed runs before each figure (default 3)."),
                                          QStringLiteral("n"), QStringLiteral("3"));
    parser.addOptions({runsOption, warmupOption});
    // Options meant for the other benchmark programs (scripts/bench passes its arguments to every one).
    parser.addOption(QCommandLineOption(QStringLiteral("reuse")));
    parser.addOption(QCommandLineOption(QStringLiteral("quick")));
    parser.addOption(QCommandLineOption(QStringLiteral("db"), QString(), QStringLiteral("path")));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Measure only the figures whose name matches this regular "
                       "expression (the baseline is always measured)."),
        QStringLiteral("regex"));
    parser.addOption(onlyOption);
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int warmup = std::max(0, parser.value(warmupOption).toInt());

    const QString portfolio =
        prepare(QStringLiteral("bench.sqlite"), Scale::full(), QStringLiteral("bench-ui.sqlite"));
    const QString building = prepare(QStringLiteral("bench-building.sqlite"), buildingScale(),
                                     QStringLiteral("bench-ui-building.sqlite"));
    const QString binDir = qEnvironmentVariable("PORTER_BIN_DIR");

    const QRegularExpression only(parser.value(onlyOption));
    if (!only.isValid())
        die(QStringLiteral("--only: %1").arg(only.errorString()));
    auto wanted = [&](const QString &name) {
        return only.pattern().isEmpty() || only.match(name).hasMatch();
    };
    Bench bench(runs, warmup);
    bench.baseline();
    if (wanted(QStringLiteral("ui_start_to_signin_dialog")))
        bench.startToSignIn(binDir.isEmpty() ? QString() : binDir + QStringLiteral("/porter"),
                            binDir.isEmpty() ? QString() : binDir + QStringLiteral("/porterctl"), portfolio);
    if (wanted(QStringLiteral("ui_signin_to_people_page")))
        bench.signInToPeople(portfolio);
    if (wanted(QStringLiteral("ui_search_keystroke_to_repaint")))
        bench.search(portfolio);
    if (wanted(QStringLiteral("ui_open_person_50_keys_500_activity")))
        bench.openPerson(portfolio);
    if (wanted(QStringLiteral("ui_jump_to_last_row_100000")))
        bench.jumpToLastRow(building);
    return 0;
}
