#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace porter::ui {

// One Porter window per database: two windows on one file would each show a view the other has made
// stale. The first Porter listens on a local socket named after the database's canonical path; a
// second one started on the same file asks it to bring its window forward and exits. Another
// database gets another name, so it runs alongside.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Claim
    {
        Claimed,       // this process now answers for the database
        AlreadyRunning // another Porter has it and was asked to come forward
    };

    explicit SingleInstance(QObject *parent = nullptr);
    ~SingleInstance() override;

    // Takes the database for this process, or asks the Porter that has it to come forward. Releases the
    // database this process answered for before, if any.
    Claim claim(const QString &databasePath);
    void release();

    // "porter-<hash>": the same for every spelling of one file (relative, symlinked, ../), different
    // for every other file and for every user.
    static QString serverName(const QString &databasePath);

Q_SIGNALS:
    // A second Porter was started on this database.
    void activationRequested();

private:
    QLocalServer *m_server = nullptr;
};

} // namespace porter::ui
