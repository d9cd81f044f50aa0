#include "lazy_combo_box.h"

namespace docket {

void LazyComboBox::setFiller(std::function<void()> fill)
{
    m_fill = std::move(fill);
}

void LazyComboBox::fillNow()
{
    if (!m_fill)
        return;
    const auto fill = std::move(m_fill);
    m_fill = nullptr;
    fill();
}

void LazyComboBox::showPopup()
{
    fillNow();
    QComboBox::showPopup();
}

void LazyComboBox::focusInEvent(QFocusEvent *event)
{
    fillNow(); // type-ahead from the keyboard needs the items there
    QComboBox::focusInEvent(event);
}

} // namespace docket
