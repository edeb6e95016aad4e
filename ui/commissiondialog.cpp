#include "commissiondialog.h"

#include "demo/simulatedradio.h"
#include "link/transportfactory.h"
#include "theme.h"

#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace porter::ui {

namespace {

// "482913" as "482 913": two groups of three are easier to compare at a glance.
QString grouped(const QString &code)
{
    return code.size() == 6 ? code.left(3) + QLatin1Char(' ') + code.mid(3) : code;
}

QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setWordWrap(true);
    return l;
}

} // namespace

CommissionDialog::CommissionDialog(const Services &services, const Manager &manager,
                                   const QList<Door> &candidates, const QString &address, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_manager(manager)
    , m_address(address)
    , m_pages(new QStackedWidget(this))
    , m_doors(new QComboBox(this))
    , m_stage(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_codeLabel(new QLabel(this))
    , m_simDisplay(new QLabel(this))
    , m_result(new QLabel(this))
    , m_doorLine(nullptr)
    , m_start(new QPushButton(tr("Start"), this))
    , m_confirm(new QPushButton(tr("Confirm: The Codes Match"), this))
    , m_differ(new QPushButton(tr("They Differ"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(QStringLiteral("commissionDialog"));
    setWindowTitle(tr("Commission a Door"));
    if (auto radio = sync::Radio::installed(); radio && radio->simulated())
        m_simulated = std::dynamic_pointer_cast<demo::SimulatedRadio>(radio);

    // 1. Which door is this?
    auto *choose = new QWidget(this);
    auto *chooseLayout = new QVBoxLayout(choose);
    auto *chooseTitle = new QLabel(tr("Which door is this?"), choose);
    makeHeading(chooseTitle, 1.2);
    chooseLayout->addWidget(chooseTitle);
    chooseLayout->addWidget(
        wrapped(tr("Porter hears a new door waiting to be commissioned: its install button "
                   "was pressed. Choose which of the property's doors it is. Only doors "
                   "that are not commissioned yet are listed."),
                choose));
    m_doors->setObjectName(QStringLiteral("doorCombo"));
    for (const Door &d : candidates)
        m_doors->addItem(d.name, d.id);
    auto *form = new QFormLayout;
    form->addRow(tr("&Door:"), m_doors);
    chooseLayout->addLayout(form);
    if (candidates.isEmpty()) {
        auto *none = wrapped(tr("Every door of this property is commissioned already. Add the door first "
                                "(porterctl door add), then commission it."),
                             choose);
        none->setObjectName(QStringLiteral("warningLabel"));
        chooseLayout->addWidget(none);
        m_start->setEnabled(false);
    }
    chooseLayout->addStretch();

    // 2. Connecting.
    auto *connecting = new QWidget(this);
    auto *connectingLayout = new QVBoxLayout(connecting);
    m_stage->setObjectName(QStringLiteral("stageLabel"));
    m_busy->setRange(0, 0);
    connectingLayout->addStretch();
    connectingLayout->addWidget(m_stage);
    connectingLayout->addWidget(m_busy);
    connectingLayout->addStretch();

    // 3. Compare the codes.
    auto *compare = new QWidget(this);
    auto *compareLayout = new QVBoxLayout(compare);
    compareLayout->setSpacing(10);
    auto *compareTitle = new QLabel(tr("Compare the pairing code"), compare);
    makeHeading(compareTitle, 1.2);
    compareLayout->addWidget(compareTitle);
    m_doorLine = wrapped(QString(), compare);
    makeHint(m_doorLine);
    compareLayout->addWidget(m_doorLine);
    compareLayout->addWidget(wrapped(tr("Porter shows:"), compare));
    m_codeLabel->setObjectName(QStringLiteral("pairingCode"));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSizeF(font().pointSizeF() * 3.2);
    big.setWeight(QFont::Bold);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 4);
    m_codeLabel->setFont(big);
    m_codeLabel->setAlignment(Qt::AlignCenter);
    m_codeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    compareLayout->addWidget(m_codeLabel);
    // The simulation shows the door's display, which a real door has on its own panel.
    auto *simBox = new QWidget(compare);
    auto *simLayout = new QVBoxLayout(simBox);
    simLayout->setContentsMargins(0, 0, 0, 0);
    auto *simTitle = new QLabel(tr("Simulated door's display:"), simBox);
    simLayout->addWidget(simTitle);
    m_simDisplay->setObjectName(QStringLiteral("simulatedDisplay"));
    QFont lcd = big;
    lcd.setPointSizeF(big.pointSizeF() * 0.6);
    m_simDisplay->setFont(lcd);
    m_simDisplay->setAlignment(Qt::AlignCenter);
    m_simDisplay->setStyleSheet(
        QStringLiteral("QLabel { background: #1f2937; color: #a7f3d0; border-radius: 6px;"
                       " padding: 8px 16px; }"));
    simLayout->addWidget(m_simDisplay);
    simLayout->addWidget(
        wrapped(tr("This is a simulated door, not real hardware: nobody can press its button, "
                   "so Confirm also presses it for you."),
                simBox));
    simBox->setVisible(bool(m_simulated));
    compareLayout->addWidget(simBox);
    compareLayout->addWidget(wrapped(m_simulated
                                         ? tr("Does the door's display show the same six digits?")
                                         : tr("Does the door's display show the same six digits? If it "
                                              "does, press the door's install button, then Confirm here."),
                                     compare));
    auto *differ =
        wrapped(tr("<b>If the codes differ, do not confirm.</b> Someone may be trying to pose as the "
                   "door. Choose They Differ, press the door's install button again and start over. "
                   "If it happens again, stop: check the door and its surroundings for another "
                   "device answering in its place, and tell your security contact before you try "
                   "again."),
                compare);
    differ->setObjectName(QStringLiteral("warningLabel"));
    compareLayout->addWidget(differ);
    compareLayout->addStretch();

    // 4. What happened.
    auto *result = new QWidget(this);
    auto *resultLayout = new QVBoxLayout(result);
    m_result->setObjectName(QStringLiteral("resultLabel"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    resultLayout->addWidget(m_result);
    resultLayout->addStretch();

    m_pages->addWidget(choose);
    m_pages->addWidget(connecting);
    m_pages->addWidget(compare);
    m_pages->addWidget(result);

    m_start->setObjectName(QStringLiteral("startButton"));
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_differ->setObjectName(QStringLiteral("differButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_start->setDefault(true);
    m_confirm->hide();
    m_differ->hide();
    connect(m_start, &QPushButton::clicked, this, &CommissionDialog::start);
    connect(m_confirm, &QPushButton::clicked, this, &CommissionDialog::confirmCodes);
    connect(m_differ, &QPushButton::clicked, this, &CommissionDialog::codesDiffer);
    connect(m_cancel, &QPushButton::clicked, this, &CommissionDialog::reject);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_differ);
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);
    setMinimumWidth(560);
}

CommissionDialog::~CommissionDialog()
{
    m_commissioner.reset(); // before the link it uses
    m_transport.reset();
}

void CommissionDialog::chooseDoor(Id doorId)
{
    const int i = m_doors->findData(doorId);
    if (i >= 0)
        m_doors->setCurrentIndex(i);
}

Id CommissionDialog::chosenDoorId() const
{
    return m_doors->currentData().toLongLong();
}

QString CommissionDialog::resultText() const
{
    return m_result->text();
}

void CommissionDialog::start()
{
    const Id doorId = chosenDoorId();
    if (doorId == 0 || m_commissioner)
        return;
    m_start->hide();
    m_doors->setEnabled(false);
    m_doorLine->setText(tr("Commissioning the new door as ‘%1’.").arg(m_doors->currentText()));
    m_stage->setText(sync::describe(sync::DoorStage::Connecting));
    m_pages->setCurrentIndex(ConnectingPage);
    auto made = sync::TransportFactory::create(sync::DoorAddress::bluetooth(m_address));
    if (!made.ok()) {
        showResult(made.error());
        return;
    }
    m_transport = std::move(made).value();
    m_commissioner = std::make_unique<sync::Commissioner>(*m_services.backend);
    connect(m_commissioner.get(), &sync::Commissioner::progress, this,
            [this](const sync::DoorProgress &p) { m_stage->setText(sync::describe(p.stage)); });
    connect(m_commissioner.get(), &sync::Commissioner::pairingCodeReady, this, [this](const QString &code) {
        m_code = code;
        m_codeLabel->setText(grouped(code));
        if (m_simulated) {
            // What the door's own display shows: read from the door, never copied from Porter's code.
            const auto showDisplay = [this] {
                m_simDisplay->setText(grouped(m_simulated->display(m_address)));
            };
            showDisplay();
            auto *timer = new QTimer(m_simDisplay);
            connect(timer, &QTimer::timeout, m_simDisplay, showDisplay);
            timer->start(250);
        }
        m_pages->setCurrentIndex(ComparePage);
        m_confirm->show();
        m_differ->show();
        m_confirm->setDefault(true);
    });
    connect(m_commissioner.get(), &sync::Commissioner::finished, this,
            [this](const Result<sync::CommissionReport> &r) { showResult(r); });
    m_commissioner->start(m_manager, doorId, m_transport.get());
}

void CommissionDialog::confirmCodes()
{
    if (!m_commissioner || !m_commissioner->running())
        return;
    m_confirm->setEnabled(false);
    m_differ->setEnabled(false);
    // The person at the door presses its button; for a simulated door, Porter does it.
    if (m_simulated)
        m_simulated->confirmAtDoor(m_address);
    m_stage->setText(sync::describe(sync::DoorStage::Commissioning));
    m_pages->setCurrentIndex(ConnectingPage);
    m_commissioner->confirm();
}

void CommissionDialog::codesDiffer()
{
    if (!m_commissioner || !m_commissioner->running())
        return;
    m_rejectedByUser = true;
    m_confirm->setEnabled(false);
    m_differ->setEnabled(false);
    m_commissioner->reject();
}

void CommissionDialog::reject()
{
    if (m_commissioner && m_commissioner->running())
        m_commissioner->cancel();
    QDialog::reject();
}

void CommissionDialog::showResult(const Result<sync::CommissionReport> &result)
{
    m_confirm->hide();
    m_differ->hide();
    m_start->hide();
    m_cancel->setText(tr("Close"));
    m_pages->setCurrentIndex(ResultPage);
    if (result.ok()) {
        m_succeeded = true;
        m_result->setObjectName(QStringLiteral("infoLabel"));
        m_result->setText(tr("Door ‘%1’ is commissioned (pairing code %2). It holds no access yet: sync it "
                             "now with Sync on the Doors page.")
                              .arg(result->doorName, grouped(result->pairingCode)));
        Q_EMIT commissioned(result->doorId);
    } else if (m_rejectedByUser) {
        m_result->setObjectName(QStringLiteral("warningLabel"));
        m_result->setText(
            tr("Nothing was sent to the door and nothing was recorded. Someone may be trying to "
               "pose as the door: press the door's install button again and start over. If the "
               "codes differ again, stop, check the door and its surroundings for another device, "
               "and tell your security contact."));
    } else {
        m_result->setObjectName(QStringLiteral("warningLabel"));
        m_result->setText(result.error().message);
    }
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
}

} // namespace porter::ui
