#include "label_line_edit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStringListModel>

namespace docket {

LabelLineEdit::LabelLineEdit(QWidget *parent)
    : QLineEdit(parent)
    , m_completer(new QCompleter(this))
    , m_known(new QStringListModel(this))
{
    m_completer->setModel(m_known);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &LabelLineEdit::insertCompletion);
    connect(this, &QLineEdit::textEdited, this, &LabelLineEdit::completeCurrentToken);
    setPlaceholderText(tr("Comma-separated, e.g. backend, auth"));
}

void LabelLineEdit::setKnownLabels(const QStringList &labels)
{
    m_known->setStringList(labels);
}

void LabelLineEdit::setLabels(const QStringList &labels)
{
    if (parseLabels(text()) != labels)
        setText(labels.join(QStringLiteral(", ")));
}

QStringList LabelLineEdit::labels() const
{
    return parseLabels(text());
}

QStringList LabelLineEdit::parseLabels(const QString &text)
{
    QStringList labels;
    for (const QString &part : text.split(QLatin1Char(','))) {
        const QString label = part.trimmed();
        if (!label.isEmpty() && !labels.contains(label))
            labels.append(label);
    }
    return labels;
}

void LabelLineEdit::keyPressEvent(QKeyEvent *event)
{
    // While the popup is open, Enter picks the completion instead of finishing the edit.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore();
            return;
        default:
            break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void LabelLineEdit::completeCurrentToken()
{
    const QString beforeCursor = text().left(cursorPosition());
    const QString token = beforeCursor.mid(beforeCursor.lastIndexOf(QLatin1Char(',')) + 1).trimmed();
    if (token.isEmpty()) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->setCompletionPrefix(token);
    if (m_completer->completionCount() == 0 ||
        (m_completer->completionCount() == 1 && m_completer->currentCompletion() == token)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->complete();
}

void LabelLineEdit::insertCompletion(const QString &label)
{
    const QString beforeCursor = text().left(cursorPosition());
    const qsizetype tokenStart = beforeCursor.lastIndexOf(QLatin1Char(',')) + 1;
    const QString head = text().left(tokenStart);
    const QString tail = text().mid(cursorPosition());
    const QString spacer = tokenStart > 0 ? QStringLiteral(" ") : QString();
    setText(head + spacer + label + tail);
    setCursorPosition(int(head.size() + spacer.size() + label.size()));
}

} // namespace docket
