#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace docket {

// Acceptance criteria as an editable list: add, edit in place (F2 or double-click), remove,
// reorder (buttons, Ctrl+Up/Down or drag). Says plainly when the count leaves 1-8.
class CriteriaEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxCriteria = 8;

    explicit CriteriaEditor(QWidget *parent = nullptr);

    void setCriteria(const QStringList &criteria);
    QStringList criteria() const;
    QListWidget *list() const { return m_list; }

signals:
    // The PM changed the list: the new criteria and what they did, for the undo menu.
    void criteriaEdited(const QStringList &criteria, const QString &description);

private:
    void addCriterion();
    void removeCurrent();
    void moveCurrent(int by);
    void updateState();
    void emitEdited(const QString &description);

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_count;
    bool m_updating = false;
};

} // namespace docket
