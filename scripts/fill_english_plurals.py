"""Fills empty English numerus forms in a Qt .ts file: "(s)" becomes "" (one) and "s" (many)."""
import sys
import xml.etree.ElementTree as ET


def main(path: str) -> None:
    tree = ET.parse(path)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        source = message.findtext("source") or ""
        translation = message.find("translation")
        forms = translation.findall("numerusform")
        if forms and all((form.text or "").strip() for form in forms):
            continue
        for form in forms:
            translation.remove(form)
        for text in (source.replace("(s)", ""), source.replace("(s)", "s")):
            form = ET.SubElement(translation, "numerusform")
            form.text = text
        translation.attrib.pop("type", None)
        filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    print(f"{path}: filled {filled} plural message(s)")


if __name__ == "__main__":
    main(sys.argv[1])
