#pragma once

#include "devices/commissioner.h"
#include "services.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace porter::demo {
class SimulatedRadio;
}

namespace porter::ui {

// Commissions the door heard at `address` (waiting in install mode) as one of the property's doors that
// are not commissioned yet (docs/door-protocol.md §6). The technician picks which door it is, Porter and
// the door show the same six-digit pairing code, and the technician compares them: Confirm sends the
// property's proof, "They differ" stops with nothing sent and says what to do. With simulated doors the
// door's display is shown in the dialog, labelled so, and Confirm also presses the door's button.
class CommissionDialog : public QDialog
{
    Q_OBJECT

public:
    CommissionDialog(const Services &services, const Manager &manager, const QList<Door> &candidates,
                     const QString &address, QWidget *parent = nullptr);
    ~CommissionDialog() override;

    // Starts with this door chosen (0: the first candidate).
    void chooseDoor(Id doorId);
    Id chosenDoorId() const;
    bool succeeded() const { return m_succeeded; }
    QString pairingCode() const { return m_code; }
    QString resultText() const;

    QComboBox *doorCombo() const { return m_doors; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *confirmButton() const { return m_confirm; }
    QPushButton *differButton() const { return m_differ; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *codeLabel() const { return m_codeLabel; }
    QLabel *simulatedDisplayLabel() const { return m_simDisplay; }
    QStackedWidget *pages() const { return m_pages; }
    enum Page
    {
        ChoosePage,
        ConnectingPage,
        ComparePage,
        ResultPage
    };

public Q_SLOTS:
    void start();
    void confirmCodes();
    void codesDiffer();
    void reject() override; // Cancel: stops a running commissioning first

Q_SIGNALS:
    void commissioned(Id doorId);

private:
    void showResult(const Result<sync::CommissionReport> &result);

    Services m_services;
    Manager m_manager;
    QString m_address;
    std::shared_ptr<demo::SimulatedRadio> m_simulated;
    std::unique_ptr<sync::Transport> m_transport;
    std::unique_ptr<sync::Commissioner> m_commissioner;
    bool m_succeeded = false;
    bool m_rejectedByUser = false;
    QString m_code;
    QStackedWidget *m_pages;
    QComboBox *m_doors;
    QLabel *m_stage;
    QProgressBar *m_busy;
    QLabel *m_codeLabel;
    QLabel *m_simDisplay;
    QLabel *m_result;
    QLabel *m_doorLine;
    QPushButton *m_start;
    QPushButton *m_confirm;
    QPushButton *m_differ;
    QPushButton *m_cancel;
};

} // namespace porter::ui
