// The pictures of docs/screenshots are made by porter_screenshots (scripts/screenshots). This runs it on
// the offscreen platform, in English and in Spanish, and checks that it still photographs every page and
// dialog the docs show, and that no picture is blank: a window that failed to paint, a dialog that never
// opened or a page left empty would otherwise reach the docs unnoticed.
#include <QColor>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestScreenshots : public QObject
{
    Q_OBJECT

private:
    // Why `path` looks blank, or empty when it does not: big enough, many colours, and not one colour
    // covering nearly all of it.
    static QString blankness(const QString &path)
    {
        QImage image(path);
        if (image.isNull())
            return QStringLiteral("not a readable image");
        if (image.width() < 320 || image.height() < 200)
            return QStringLiteral("only %1×%2 pixels").arg(image.width()).arg(image.height());
        image = image.convertToFormat(QImage::Format_RGB32);
        QHash<QRgb, qint64> counts;
        // Every second pixel each way is plenty to tell a picture from an empty one.
        for (int y = 0; y < image.height(); y += 2) {
            const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
            for (int x = 0; x < image.width(); x += 2)
                ++counts[line[x]];
        }
        qint64 total = 0;
        qint64 top = 0;
        for (const qint64 n : std::as_const(counts)) {
            total += n;
            top = std::max(top, n);
        }
        if (counts.size() < 32)
            return QStringLiteral("only %1 colours").arg(counts.size());
        if (top * 100 > total * 97)
            return QStringLiteral("one colour covers %1% of it").arg(top * 100 / total);
        return {};
    }

    // Runs porter_screenshots in `language` into a new folder; returns the PNG names it wrote.
    QStringList photograph(const QString &language, const QString &out)
    {
        QTemporaryDir work;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A laptop-sized screen (the offscreen platform's own is 800×800).
        QFile screen(work.filePath(QStringLiteral("screen.json")));
        if (!screen.open(QIODevice::WriteOnly) ||
            screen.write(R"({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1440, "height": 900,
                            "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})") < 0)
            qFatal("cannot write the screen configuration");
        screen.close();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"),
                   QStringLiteral("offscreen:configfile=") + screen.fileName());
        env.remove(QStringLiteral("DISPLAY"));
        env.insert(QStringLiteral("LANG"), language);
        env.insert(QStringLiteral("LANGUAGE"), QString());
        env.insert(QStringLiteral("LC_ALL"), QString());
        env.insert(QStringLiteral("LC_MESSAGES"), QString());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), work.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), work.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(PORTER_SCREENSHOTS),
                {QStringLiteral("--db"), work.filePath(QStringLiteral("demo.sqlite")),
                 QStringLiteral("--out"), out});
        if (!p.waitForFinished(240000)) {
            p.kill();
            p.waitForFinished();
            qWarning("porter_screenshots did not finish");
            return {};
        }
        const QString output = QString::fromUtf8(p.readAllStandardOutput());
        if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning("porter_screenshots failed (%d): %s", p.exitCode(), qPrintable(output));
            return {};
        }
        QStringList written;
        for (const QString &line : output.split(QLatin1Char('\n')))
            if (line.startsWith(QLatin1String("porter_screenshots: wrote ")))
                written << line.mid(26).trimmed();
        return written;
    }

    void check(const QString &language)
    {
        QTemporaryDir out;
        QVERIFY(out.isValid());
        const QStringList written = photograph(language, out.path());
        QVERIFY2(!written.isEmpty(), "porter_screenshots wrote nothing");
        // Every picture the docs show is still made (sign-in.png comes from the real porter, photographed
        // by scripts/screenshots itself).
        const QStringList documented = QDir(QStringLiteral(PORTER_SOURCE_DIR "/docs/screenshots"))
                                           .entryList({QStringLiteral("*.png")}, QDir::Files);
        QVERIFY(!documented.isEmpty());
        for (const QString &name : documented) {
            if (name == QLatin1String("sign-in.png"))
                continue;
            QVERIFY2(written.contains(name),
                     qPrintable(QStringLiteral("%1 is no longer photographed").arg(name)));
        }
        for (const QString &name : written) {
            const QString why = blankness(QDir(out.path()).filePath(name));
            QVERIFY2(why.isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2) looks blank: %3").arg(name, language, why)));
        }
    }

private Q_SLOTS:
    void everyPageInEnglish() { check(QStringLiteral("en_US.UTF-8")); }
    void everyPageInSpanish() { check(QStringLiteral("es_ES.UTF-8")); }

    // The pictures in the docs themselves, English and Spanish: none blank.
    void documentedPicturesAreNotBlank()
    {
        for (const QString &folder :
             {QStringLiteral("docs/screenshots"), QStringLiteral("docs/screenshots/es")}) {
            const QDir dir(QStringLiteral(PORTER_SOURCE_DIR "/") + folder);
            for (const QString &name : dir.entryList({QStringLiteral("*.png")}, QDir::Files)) {
                const QString why = blankness(dir.filePath(name));
                QVERIFY2(why.isEmpty(),
                         qPrintable(QStringLiteral("%1/%2 looks blank: %3").arg(folder, name, why)));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestScreenshots)
#include "tst_screenshots.moc"
