#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace docket {

// An inline message above the content: errors and notices that never block the window
// (a modal box would stop keyboard work and headless tests alike).
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    QString text() const;
    Kind kind() const { return m_kind; }

private:
    QLabel *m_label;
    QToolButton *m_closeButton;
    Kind m_kind = Kind::Information;
};

} // namespace docket
