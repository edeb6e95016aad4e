#pragma once

#include <QString>
#include <functional>

class QWidget;

// A shared portfolio's pictures for porter_screenshots (issue 13), on a PostgreSQL server this program
// starts in a temporary folder: the Managers page with its Door Secrets column, Give Door Access…
// refusing a key that is not the recipient's, and Settings ▸ Security.
void shootDoorSecrets(const QString &out, const std::function<void(QWidget *, const QString &)> &shoot);
