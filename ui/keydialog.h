#pragma once

#include "services.h"

#include <QDialog>
#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace porter::ui {

class ScheduleEditor;

// Create or edit one key of a property: its name, the doors it opens, its weekly schedule, whether
// doorcodes open its doors and whether residents may share it with guests. Saving calls
// DirectoryService::addKey or editKey (with the key as it was read, so a change someone else made in
// between is refused and shown, never overwritten); core's validation messages appear beside their
// fields.
class KeyDialog : public QDialog
{
    Q_OBJECT

public:
    // A new key of `property`.
    KeyDialog(const Services &services, const Manager &manager, const Property &property,
              QWidget *parent = nullptr);
    // Editing `key` (as the caller read it).
    KeyDialog(const Services &services, const Manager &manager, const Property &property, const Key &key,
              QWidget *parent = nullptr);

    bool editing() const { return m_original.has_value(); }
    // After Accepted: the key as stored, and the key as it was before (editing only).
    const Key &savedKey() const { return m_saved; }
    const std::optional<Key> &originalKey() const { return m_original; }

    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *doorList() const { return m_doors; }
    ScheduleEditor *scheduleEditor() const { return m_schedule; }
    QCheckBox *doorcodesCheck() const { return m_doorcodes; }
    QCheckBox *shareableCheck() const { return m_shareable; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *doorsError() const { return m_doorsError; }
    QLabel *scheduleError() const { return m_scheduleError; }
    QLabel *formError() const { return m_formError; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    // Ticks the door with this name (tests, screenshots); false when there is none.
    bool checkDoor(const QString &name, bool checked = true);

    // Shows the dialog modally and says whether it was accepted. Test seam: with a hook set, the hook
    // gets the open dialog instead of exec() and returns after accepting or rejecting it.
    static bool run(KeyDialog &dialog);
    static void setRunHook(std::function<void(KeyDialog *)> hook);

public Q_SLOTS:
    void accept() override;

private:
    void build();
    void load(const Key &key);
    Key keyFromForm() const;
    void showError(QLabel *label, const QString &message);
    void clearErrors();
    void handleConflict(const Error &error);

    Services m_services;
    Manager m_manager;
    Property m_property;
    std::optional<Key> m_original;
    Key m_saved;
    QLineEdit *m_name = nullptr;
    QListWidget *m_doors = nullptr;
    ScheduleEditor *m_schedule = nullptr;
    QCheckBox *m_doorcodes = nullptr;
    QCheckBox *m_shareable = nullptr;
    QLabel *m_nameError = nullptr;
    QLabel *m_doorsError = nullptr;
    QLabel *m_scheduleError = nullptr;
    QLabel *m_formError = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace porter::ui
