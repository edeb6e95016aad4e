#pragma once

#include "kits/kitcourier.h"
#include "kits/kitservice.h"
#include "link/radio.h"
#include "services.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <functional>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace porter::ui {

// Doors ▸ Field Kit… (docs/design/shared-portfolio.md, section 7; docs/user-guide.md, "Field kits"): for
// doors with no internet where the technician goes. Build a kit of the property's commissioned doors
// while online; at the site, deliver it to the kit's doors heard over Bluetooth (no database needed:
// each door's answer goes into the kit file at once); back online, upload the answers. The kit table
// says, per door, the versions the kit takes it to, the changes made after the kit was built, and
// what the door answered. Nothing here waits: the scan and each delivery run on the event loop.
class FieldKitDialog : public QDialog
{
    Q_OBJECT

public:
    FieldKitDialog(const Services &services, const Manager &manager, const Property &property,
                   QWidget *parent = nullptr);
    ~FieldKitDialog() override;

    // Tests: answers the file dialogs instead of a person (save: where to write a new kit; otherwise
    // which kit to open). An empty answer is "cancelled".
    static void setFileHook(std::function<QString(bool save)> hook);

    bool hasKit() const { return m_kit.has_value(); }
    const kits::FieldKit &kit() const { return *m_kit; }
    QString kitPath() const { return m_path; }
    bool delivering() const { return m_scanner || m_courier; }
    QString statusText() const;
    // How long a delivery scan listens for the kit's doors (seconds; default 10).
    void setScanSeconds(int seconds) { m_scanSeconds = seconds; }

public Q_SLOTS:
    void buildKit();
    void openKit();
    void checkKit();
    void deliverInRange();
    void uploadKit();
    void cancelDelivery();

Q_SIGNALS:
    void deliveryFinished();

private:
    void showKit(kits::FieldKit kit, const QString &path);
    void refresh();
    void setStatus(const QString &text, bool error = false);
    void onSeen(const sync::SeenDoor &door);
    void scanEnded();
    void deliverNext();
    void onDelivered(const Result<kits::KitAnswer> &answer);
    void endDelivery(const QString &summary, bool error = false);
    QString chooseFile(bool save);

    Services m_services;
    Manager m_manager;
    Property m_property;
    std::optional<kits::FieldKit> m_kit;
    QString m_path;

    QSpinBox *m_days;
    QLabel *m_buildHint;
    QPushButton *m_build;
    QPushButton *m_open;
    QLabel *m_summary;
    QTableWidget *m_table;
    QPushButton *m_check;
    QPushButton *m_deliver;
    QPushButton *m_upload;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_status;

    // A delivery: the scan, then one door after another.
    std::unique_ptr<sync::DoorScanner> m_scanner;
    struct Heard
    {
        Id doorId = 0;
        QString address;
        int rssi = 0;
    };
    QList<Heard> m_heard;
    QList<Heard> m_queue;
    std::unique_ptr<sync::Transport> m_transport;
    std::unique_ptr<kits::KitCourier> m_courier;
    Heard m_current;
    int m_delivered = 0;
    QStringList m_failures;
    int m_scanSeconds = 10;
};

} // namespace porter::ui
