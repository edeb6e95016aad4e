#include "managerspage.h"

#include "managerdialog.h"
#include "messagebox.h"
#include "theme.h"
#include "viewmodels/managersmodel.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QRegularExpression>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace porter::ui {
namespace {

std::function<void(ManagerDialog *)> &dialogHook()
{
    static std::function<void(ManagerDialog *)> hook;
    return hook;
}

std::function<void(GiveDoorAccessDialog *)> &giveDialogHook()
{
    static std::function<void(GiveDoorAccessDialog *)> hook;
    return hook;
}

QToolButton *buttonFor(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}

} // namespace

void ManagersPage::setDialogHook(std::function<void(ManagerDialog *)> hook)
{
    dialogHook() = std::move(hook);
}

void ManagersPage::setGiveDialogHook(std::function<void(GiveDoorAccessDialog *)> hook)
{
    giveDialogHook() = std::move(hook);
}

ManagersPage::ManagersPage(const Services &services, const Manager &signedIn, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_signedIn(signedIn)
    , m_model(new ManagersModel(*services.directory, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(new QLabel(tr("Managers"), this))
    , m_subtitle(new QLabel(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_new(new QAction(icon(QStringLiteral("invite")), tr("&New Manager…"), this))
    , m_edit(new QAction(tr("&Edit Manager…"), this))
    , m_remove(new QAction(icon(QStringLiteral("delete")), tr("&Remove Manager…"), this))
    , m_give(new QAction(tr("Give Door &Access…"), this))
{
    setObjectName(QStringLiteral("managersPage"));
    makeHeading(m_title);
    makeHint(m_subtitle);
    m_subtitle->setText(tr("Who may sign in to this portfolio and what they may do. Property Managers see "
                           "only their properties; Key Management decides whose access they may change, "
                           "Device Management whether they may add and sync doors."));
    m_status->setObjectName(QStringLiteral("infoLabel"));
    m_status->setWordWrap(true);
    m_status->hide();

    m_new->setObjectName(QStringLiteral("newManagerAction"));
    m_new->setToolTip(tr("Add a manager and choose their properties and permissions"));
    m_edit->setObjectName(QStringLiteral("editManagerAction"));
    m_edit->setToolTip(tr("Change the selected manager's details, properties or permissions"));
    m_remove->setObjectName(QStringLiteral("removeManagerAction"));
    m_remove->setToolTip(tr("Remove the selected manager: they can no longer sign in"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(m_remove); // Delete on the table only
    connect(m_new, &QAction::triggered, this, &ManagersPage::newManager);
    connect(m_edit, &QAction::triggered, this, &ManagersPage::editManager);
    connect(m_remove, &QAction::triggered, this, &ManagersPage::removeManager);
    m_give->setObjectName(QStringLiteral("giveDoorAccessAction"));
    m_give->setToolTip(tr("Give the selected manager the door secrets, so they can commission and sync "
                          "doors"));
    connect(m_give, &QAction::triggered, this, &ManagersPage::giveDoorAccess);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ManagersModel::SortRole);
    m_table->setObjectName(QStringLiteral("managersTable"));
    m_table->setAccessibleName(tr("Managers"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ManagersModel::Name, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 14);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        menu.addAction(m_edit);
        menu.addAction(m_remove);
        if (m_model->isShared())
            menu.addAction(m_give);
        menu.addSeparator();
        menu.addAction(m_new);
        menu.exec(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_table, &QTableView::activated, this, [this] { editManager(); }); // double-click, Enter
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ManagersPage::updateActions);
    connect(m_model, &ManagersModel::errorOccurred, this, &ManagersPage::showStatus);

    auto *top = new QHBoxLayout;
    auto *titles = new QVBoxLayout;
    titles->addWidget(m_title);
    titles->addWidget(m_subtitle);
    top->addLayout(titles, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(buttonFor(m_new, this));
    buttons->addWidget(buttonFor(m_edit, this));
    buttons->addWidget(buttonFor(m_remove, this));
    m_giveButton = buttonFor(m_give, this);
    buttons->addWidget(m_giveButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->addLayout(top);
    layout->addLayout(buttons);
    buttons->addStretch(1);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    m_model->setDevices(services.devices);
    m_model->setManager(signedIn);
    fitColumns();
    if (m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

void ManagersPage::fitColumns()
{
    // Every column but the last (which stretches) as wide as its header and contents, in any language;
    // a very long name or email is elided rather than pushing the properties out of view.
    const int cap = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 40;
    // A file portfolio has no server logins and no door secrets given one by one.
    m_table->setColumnHidden(ManagersModel::Login, !m_model->isShared());
    m_table->setColumnHidden(ManagersModel::DoorSecrets, !m_model->isShared());
    m_giveButton->setVisible(m_model->isShared());
    int total = 0;
    for (int c = 0; c < ManagersModel::Properties; ++c) {
        m_table->resizeColumnToContents(c); // contents and header
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c) + 16, cap));
        if (!m_table->isColumnHidden(c))
            total += m_table->columnWidth(c);
    }
    // With the shared portfolio's two more columns the properties could be pushed out of view: the
    // columns then share what is left of the table's width (a header too long for its column is
    // elided, and its tooltip says it whole).
    const int room = m_table->viewport()->width() - fontMetrics().horizontalAdvance(QLatin1Char('x')) * 24;
    if (m_table->isVisible() && total > room && room > 0) {
        for (int c = 0; c < ManagersModel::Properties; ++c) {
            if (!m_table->isColumnHidden(c))
                m_table->setColumnWidth(c, qMax(m_table->columnWidth(c) * room / total, 48));
        }
    }
}

void ManagersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitColumns(); // the table's width is known once shown
}

Id ManagersPage::selectedManagerId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() && m_table->selectionModel()->isRowSelected(current.row(), {})
               ? current.data(ManagersModel::ManagerIdRole).toLongLong()
               : 0;
}

bool ManagersPage::selectManager(Id managerId)
{
    const int row = m_model->rowOf(managerId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

void ManagersPage::refresh()
{
    const Id selected = selectedManagerId();
    m_model->refresh();
    fitColumns();
    if (!selectManager(selected) && m_proxy->rowCount() > 0)
        m_table->selectRow(0);
    updateActions();
}

void ManagersPage::updateActions()
{
    const Id selected = selectedManagerId();
    m_edit->setEnabled(selected != 0);
    m_remove->setEnabled(selected != 0 && selected != m_signedIn.id);
    m_remove->setToolTip(selected == m_signedIn.id && selected != 0
                             ? tr("You cannot remove yourself. Another Portfolio Manager can.")
                             : tr("Remove the selected manager: they can no longer sign in"));
    // Giving needs a recipient who waits and has a key, and a giver who holds something.
    const auto *recipient = m_model->holderOf(selected);
    const auto *me = m_model->holderOf(m_signedIn.id);
    const bool mayGive =
        recipient && me && !me->holds.isEmpty() && !recipient->waiting.isEmpty() && recipient->hasKey;
    m_give->setEnabled(mayGive);
    if (recipient && !recipient->hasKey && !recipient->waiting.isEmpty())
        m_give->setToolTip(tr("They have not signed in to this portfolio yet, so they have no key to give "
                              "door access to."));
    else
        m_give->setToolTip(tr("Give the selected manager the door secrets, so they can commission and sync "
                              "doors"));
}

QMap<Id, qint64> ManagersPage::doorcodeEpochs() const
{
    QMap<Id, qint64> out;
    if (!m_model->isShared())
        return out;
    auto properties = m_services.directory->properties(m_signedIn);
    if (!properties.ok())
        return out;
    for (const Property &p : *properties) {
        auto status = m_services.devices->doorcodeSecretStatus(m_signedIn, p.id);
        if (status.ok() && status->epoch)
            out.insert(p.id, *status->epoch);
    }
    return out;
}

QString ManagersPage::withdrawnText(const QString &name, const QMap<Id, qint64> &epochsBefore) const
{
    QStringList lines;
    const QMap<Id, qint64> now = doorcodeEpochs();
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (epochsBefore.value(it.key(), it.value()) == it.value())
            continue;
        auto status = m_services.devices->doorcodeSecretStatus(m_signedIn, it.key());
        if (!status.ok())
            continue;
        QStringList doors;
        for (const Door &d : status->doorsWithOldSecret)
            doors << d.name;
        // The key on record was not the one this manager holds: it was reset, not rotated.
        if (auto key = m_services.devices->signingKeyStatus(m_signedIn, it.key());
            key.ok() && key->epoch && key->resetEpoch == *key->epoch) {
            QStringList again;
            for (const Door &d : key->doorsToRecommission)
                again << d.name;
            lines
                << tr("%1's copies of the door secrets of %2 were withdrawn. The signing key on record was "
                      "not "
                      "the one you hold, so it and the doorcode secret were reset: reset these doors on site "
                      "and commission them again: %3.")
                       .arg(name, m_model->propertyName(it.key()),
                            again.isEmpty() ? tr("none") : again.join(tr(", ")));
            continue;
        }
        lines << (doors.isEmpty()
                      ? tr("%1's copies of the door secrets of %2 were withdrawn and its doorcode secret and "
                           "signing key replaced.")
                            .arg(name, m_model->propertyName(it.key()))
                      : tr("%1's copies of the door secrets of %2 were withdrawn and its doorcode secret and "
                           "signing key replaced. Until they are synced, these doors still accept the old "
                           "ones: %3.")
                            .arg(name, m_model->propertyName(it.key()), doors.join(tr(", "))));
    }
    return lines.join(QLatin1Char(' '));
}

void ManagersPage::giveDoorAccess()
{
    const Manager *found = m_model->managerAt(m_model->rowOf(selectedManagerId()));
    if (!found || !m_give->isEnabled())
        return;
    const Manager recipient = *found;
    GiveDoorAccessDialog dialog(m_services, m_signedIn, recipient, this);
    if (giveDialogHook())
        giveDialogHook()(&dialog);
    else
        dialog.exec();
    if (dialog.result() != QDialog::Accepted)
        return;
    refresh();
    showStatus(
        (dialog.givenProperties() == 1
             ? tr("%1 now holds the door secrets of 1 property, and can commission and sync its doors.")
             : tr("%1 now holds the door secrets of %n properties, and can commission and sync their "
                  "doors.",
                  nullptr, dialog.givenProperties()))
            .arg(recipient.name));
    Q_EMIT managersChanged();
}

GiveDoorAccessDialog::GiveDoorAccessDialog(const Services &services, const Manager &signedIn,
                                           const Manager &recipient, QWidget *parent)
    : QDialog(parent)
    , m_services(services)
    , m_signedIn(signedIn)
    , m_recipient(recipient)
    , m_key(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("giveDoorAccessDialog"));
    setWindowTitle(tr("Give Door Access"));
    auto *intro = new QLabel(tr("<b>Give %1 the door secrets</b>").arg(recipient.name.toHtmlEscaped()), this);
    auto *explain = new QLabel(tr("With them, %1 can commission and sync the doors of their properties. "
                                  "Porter gives them to the key of %1's own computer only.")
                                   .arg(recipient.name),
                               this);
    auto *how = new QLabel(tr("Ask %1 to read out the key their Porter shows in Settings ▸ Security (or "
                              "porterctl secrets key), and type all of it. Do not copy it "
                              "from an email or a chat: the point is to hear it from them.")
                               .arg(recipient.name),
                           this);
    for (QLabel *label : {explain, how}) {
        label->setWordWrap(true);
        label->setMinimumWidth(440);
    }
    makeHint(explain);
    m_key->setObjectName(QStringLiteral("doorAccessKeyEdit"));
    m_key->setPlaceholderText(QStringLiteral("3F2A 91C0 5B7E 0D44 E1A9 6C02"));
    m_key->setAccessibleName(tr("Their key"));
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_key->setFont(mono);
    auto *keyLabel = new QLabel(tr("Their &key:"), this);
    keyLabel->setBuddy(m_key);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("&Give Door Access"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("giveButton"));
    m_ok->setEnabled(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &GiveDoorAccessDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GiveDoorAccessDialog::reject);
    connect(m_key, &QLineEdit::textChanged, this, [this](const QString &text) {
        QString hex = text;
        hex.remove(QLatin1Char(' '));
        static const QRegularExpression onlyHex(QStringLiteral("^[0-9A-Fa-f]{24}$"));
        m_ok->setEnabled(onlyHex.match(hex).hasMatch());
    });
    auto *row = new QHBoxLayout;
    row->addWidget(keyLabel);
    row->addWidget(m_key, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(explain);
    layout->addWidget(how);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);
    fitHeight();
}

void GiveDoorAccessDialog::fitHeight()
{
    // Wrapped labels need the height for the dialog's width (minimum sizes do not account for it).
    const int w = qMax(width(), 560);
    const int h = layout()->totalHeightForWidth(w);
    setMinimumSize(560, h);
    resize(w, h);
}

void GiveDoorAccessDialog::accept()
{
    auto given = m_services.devices->giveDoorSecrets(m_signedIn, m_recipient.id, m_key->text());
    if (!given.ok()) {
        m_error->setText(given.error().message);
        m_error->show();
        fitHeight();
        m_key->setFocus();
        return;
    }
    m_given = *given;
    QDialog::accept();
}

void ManagersPage::showStatus(const QString &text)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

bool ManagersPage::runDialog(ManagerDialog &dialog)
{
    if (dialogHook()) {
        dialogHook()(&dialog);
        return dialog.result() == QDialog::Accepted;
    }
    return dialog.exec() == QDialog::Accepted;
}

void ManagersPage::newManager()
{
    ManagerDialog dialog(m_services, m_signedIn, nullptr, this);
    if (!runDialog(dialog))
        return;
    m_model->refresh();
    fitColumns();
    selectManager(dialog.savedManager().id);
    updateActions();
    const Manager &added = dialog.savedManager();
    showStatus(
        added.login.isEmpty()
            ? tr("%1 was added. They sign in with %2 and the password you chose.")
                  .arg(added.name, added.email)
            : tr("%1 was added. They open this portfolio with the login %2 and the password you chose.")
                  .arg(added.name, added.login));
    Q_EMIT managersChanged();
}

void ManagersPage::editManager()
{
    const Manager *m = m_model->managerAt(m_model->rowOf(selectedManagerId()));
    if (!m)
        return;
    const Manager before = *m;
    const QMap<Id, qint64> epochs = doorcodeEpochs();
    ManagerDialog dialog(m_services, m_signedIn, &before, this);
    if (!runDialog(dialog))
        return;
    refresh();
    const QString withdrawnLine = withdrawnText(dialog.savedManager().name, epochs);
    showStatus(
        (before.id == m_signedIn.id
             ? tr("Your details were saved. Changes to your own permissions apply when you next sign in.")
             : tr("%1 was changed. The new permissions apply when they next sign in.")
                   .arg(dialog.savedManager().name)) +
        (withdrawnLine.isEmpty() ? QString() : QLatin1Char(' ') + withdrawnLine));
    Q_EMIT managersChanged();
}

void ManagersPage::removeManager()
{
    const Manager *found = m_model->managerAt(m_model->rowOf(selectedManagerId()));
    if (!found || !m_remove->isEnabled())
        return;
    const Manager m = *found;
    QStringList details;
    details << tr("%1 can no longer sign in to Porter or use porterctl.").arg(m.name);
    details << tr("The people they invited keep their access, and the keys they gave stay given.");
    details << tr("What they did stays in Activity under their name.");
    details << tr("To bring them back, add a manager with %1 again.").arg(m.email);
    const auto *holder = m_model->holderOf(m.id);
    if (holder && (!holder->holds.isEmpty() || !holder->stale.isEmpty() || holder->hasKey))
        details << tr(
            "Their copies of the door secrets are withdrawn, and the doorcode secret and signing key "
            "of each of their properties are replaced: those doors need a sync to learn the new ones, "
            "and phones enrolled there need a new certificate.");
    const QMap<Id, qint64> epochs = doorcodeEpochs();
    if (!MessageBox::confirm(this, tr("Remove Manager"), tr("Remove %1 (%2)?").arg(m.name, m.email),
                             details.join(QLatin1Char('\n')), tr("Remove Manager")))
        return;
    if (auto st = m_services.directory->removeManager(m_signedIn, m.id); !st.ok()) {
        MessageBox::warning(this, tr("Remove Manager"), tr("%1 was not removed.").arg(m.name),
                            st.error().message);
        return;
    }
    refresh();
    const QString withdrawn = withdrawnText(m.name, epochs);
    showStatus(withdrawn.isEmpty() ? tr("%1 was removed.").arg(m.name)
                                   : tr("%1 was removed.").arg(m.name) + QLatin1Char(' ') + withdrawn);
    Q_EMIT managersChanged();
}

} // namespace porter::ui
