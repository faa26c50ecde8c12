#!/usr/bin/env python3
"""Builds the menu files of the four FoodOrdering outlets (burger, burrito, coffee, sub) from the
benchmark's catalogs: ids are the catalogs' entity ids (a hyphen becomes an underscore, as menu ids are
lower snake_case, and the catalog's id is kept as the item's or option's benchmarkId), names and synonyms
its surface forms. Words that leave two entities open (Or(a,b)) are no option: they become the group's
vague terms, which name the group and leave the choice open between those options. Prices, hours, zones and numbers come
from OUTLETS below and are examples.

Usage: tools/food-ordering-menus.py CATALOG_DIR OUTPUT_DIR
  CATALOG_DIR holds burger/, burrito/, coffee/, sub/ with their alias/*.txt
"""
import collections
import pathlib
import re
import sys

ENTITY = re.compile(r"^([A-Z_]+)\((.*)\)$")

# category: how items are grouped (the order engine's category); slot files per group id.
OUTLETS = {
    "burger": {
        "name": "Maitre Burger Bar", "zone": "America/Chicago", "tax": "0.1025",
        "phone": "+13125550150", "staff": "+13125550151", "address": "233 S Wacker Dr, Chicago, IL 60606",
        "hours": {"monday": ["10:30-23:00"], "tuesday": ["10:30-23:00"], "wednesday": ["10:30-23:00"],
                  "thursday": ["10:30-23:00"], "friday": ["10:30-01:00"], "saturday": ["10:30-01:00"],
                  "sunday": ["11:00-22:00"]},
        "closed": ["2026-11-26", "2026-12-25"], "pickup": (10, 3, 4), "delivery": (35, 5, 4),
        "deliveryTerms": {"fee": "2.99", "minimum": "12.00", "codes": ["60601", "60602", "60603", "60604", "60606", "60607", "60661"],
                          "words": "the Loop and the West Loop"},
        "items": [
            {"slotFile": "main_dishes.txt", "slot": "MAIN_DISH_TYPE", "category": "main_dish", "price": "8.50",
             "groups": [("topping", "Toppings", "toppings.txt", 10, False)]},
            {"slotFile": "side_types.txt", "slot": "SIDE_TYPE", "category": "side", "price": "3.25",
             "groups": [("size", "Size", "size.txt", 1, "medium")]},
            {"slotFile": "drink_types.txt", "slot": "DRINK_TYPE", "category": "drink", "price": "2.25",
             "groups": [("size", "Size", "size.txt", 1, "medium")]},
        ],
    },
    "burrito": {
        "name": "Maitre Burrito and Taco Kitchen", "zone": "America/Denver", "tax": "0.0881",
        "phone": "+13035550160", "staff": "+13035550161", "address": "1600 Champa St, Denver, CO 80202",
        "hours": {"monday": ["10:45-22:00"], "tuesday": ["10:45-22:00"], "wednesday": ["10:45-22:00"],
                  "thursday": ["10:45-22:00"], "friday": ["10:45-23:00"], "saturday": ["10:45-23:00"],
                  "sunday": ["10:45-21:00"]},
        "closed": ["2026-11-26", "2026-12-25"], "pickup": (10, 3, 3), "delivery": None,
        "mains": [("burrito", "Burrito", ["burrito", "burritos"], "9.25"),
                  ("burrito_bowl", "Burrito Bowl", ["burrito bowl", "burrito bowls", "bowl", "bowls"], "9.25"),
                  ("salad", "Salad", ["salad", "salads"], "8.95"),
                  ("taco", "Taco", ["taco", "tacos"], "3.75"),
                  ("quesadilla", "Quesadilla", ["quesadilla", "quesadillas"], "8.50")],
        "mainGroups": [("main_filling", "Filling", "main_fillings.txt", 2, True),
                       ("rice_filling", "Rice", "rice_fillings.txt", 1, False),
                       ("bean_filling", "Beans", "bean_fillings.txt", 2, False),
                       ("salsa_topping", "Salsa", "salsa_toppings.txt", 3, False),
                       ("topping", "Toppings", "toppings.txt", 6, False)],
        "items": [
            {"slotFile": "side_types.txt", "slot": "SIDE_TYPE", "category": "side", "price": "2.95",
             "groups": [("salsa_topping", "Salsa", "salsa_toppings.txt", 3, False)]},
            {"slotFile": "drink_types.txt", "slot": "DRINK_TYPE", "category": "drink", "price": "2.75", "groups": []},
        ],
    },
    "coffee": {
        "name": "Maitre Coffee Bar", "zone": "America/Los_Angeles", "tax": "0.1025",
        "phone": "+12065550170", "staff": "+12065550171", "address": "1912 Pike Pl, Seattle, WA 98101",
        "hours": {"monday": ["06:00-11:00", "12:00-18:00"], "tuesday": ["06:00-11:00", "12:00-18:00"],
                  "wednesday": ["06:00-11:00", "12:00-18:00"], "thursday": ["06:00-11:00", "12:00-18:00"],
                  "friday": ["06:00-18:00"], "saturday": ["07:00-17:00"], "sunday": ["07:00-15:00"]},
        "closed": ["2026-12-25", "2027-01-01"], "pickup": (5, 2, 3), "delivery": None,
        "items": [
            {"slotFile": "drink_types.txt", "slot": "DRINK_TYPE", "category": "drink", "price": "3.45",
             "groups": [("size", "Size", "sizes.txt", 1, "regular"), ("style", "Style", "styles.txt", 3, False),
                        ("roast_type", "Roast", "roast_types.txt", 1, False),
                        ("topping", "Toppings", "toppings.txt", 6, False)]},
        ],
    },
    "sub": {
        "name": "Maitre Sub Shop", "zone": "America/New_York", "tax": "0.0625",
        "phone": "+16175550180", "staff": "+16175550181", "address": "100 Summer St, Boston, MA 02110",
        "hours": {"monday": ["07:00-21:00"], "tuesday": ["07:00-21:00"], "wednesday": ["07:00-21:00"],
                  "thursday": ["07:00-21:00"], "friday": ["07:00-22:00"], "saturday": ["09:00-22:00"],
                  "sunday": ["10:00-20:00"]},
        "closed": ["2026-11-26", "2026-12-25"], "pickup": (10, 2, 4), "delivery": (30, 5, 4),
        "deliveryTerms": {"fee": "3.49", "minimum": "15.00", "codes": ["02108", "02109", "02110", "02111", "02114", "02116"],
                          "words": "downtown Boston"},
        "mains": [("sandwich", "Sandwich", ["sandwich", "sandwiches", "sub", "subs"], "8.75")],
        "mainGroups": [("base_sandwich", "Sandwich", "base_sandwich.txt", 1, True),
                       ("topping", "Toppings", "toppings.txt", 12, False)],
        "items": [
            {"slotFile": "side_type.txt", "slot": "SIDE_TYPE", "category": "side", "price": "1.95", "groups": []},
            {"slotFile": "drink_type.txt", "slot": "DRINK_TYPE", "category": "drink", "price": "2.25", "groups": []},
        ],
    },
}


def read_aliases(path):
    """entity id -> surface forms, in file order; Or(...) words and nested values are skipped."""
    forms = collections.OrderedDict()
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        words, target = line.split("\t", 1)
        match = ENTITY.match(target.strip())
        if not match or "(" in match.group(2) or "," in match.group(2):
            continue
        forms.setdefault(match.group(2), [])
        word = words.strip().lower()
        if word not in forms[match.group(2)]:
            forms[match.group(2)].append(word)
    return forms


def read_vague(path):
    """(entity ids left open) -> surface forms, from the Or(...) lines, in file order."""
    forms = collections.OrderedDict()
    for line in path.read_text(encoding="utf-8").splitlines():
        if "\t" not in line:
            continue
        words, target = line.split("\t", 1)
        match = re.match(r"^[A-Z_]+\(Or\((.*)\)\)$", target.strip())
        if match:
            ids = tuple(menu_id(e.strip()) for e in match.group(1).split(","))
            word = words.strip().lower()
            if word not in forms.setdefault(ids, []):
                forms[ids].append(word)
    return forms


def benchmark_id(entity):
    return f", benchmarkId: {entity}" if menu_id(entity) != entity else ""


def menu_id(entity):
    return entity.lower().replace("-", "_")


def name(entity):
    return " ".join(part.capitalize() for part in re.split(r"[_]", entity))


def quote(text):
    return '"' + text.replace('\\', '\\\\').replace('"', '\\"') + '"'


def synonyms(words):
    return "[" + ", ".join(quote(w) for w in words) + "]"


def group_yaml(catalog, group, indent):
    gid, gname, path, max_choices, required_or_default = group
    lines = [f"{indent}- id: {gid}", f"{indent}  name: {gname}"]
    if required_or_default is True:
        lines.append(f"{indent}  required: true")
    elif required_or_default:
        lines.append(f"{indent}  required: true")
        lines.append(f"{indent}  defaultOption: {required_or_default}")
    if max_choices != 1:
        lines.append(f"{indent}  maxChoices: {max_choices}")
    lines.append(f"{indent}  options:")
    for entity, words in read_aliases(catalog / path).items():
        surcharge = "0.00" if gid not in ("size",) else {"small": "0.00", "regular": "0.50", "medium": "0.50",
                                                          "large": "1.00", "extra_large": "1.50"}.get(entity, "0.50")
        lines.append(f"{indent}    - {{id: {menu_id(entity)}, name: {quote(name(entity))}, surcharge: {surcharge}, "
                     f"synonyms: {synonyms(words)}{benchmark_id(entity)}}}")
    vague = read_vague(catalog / path)
    if vague:
        lines.append(f"{indent}  vague:")
        for ids, words in vague.items():
            lines.append(f"{indent}    - {{words: {synonyms(words)}, options: [{', '.join(ids)}]}}")
    return lines


def outlet_yaml(outlet_id, spec, catalog):
    out = [f"# Menu of the {outlet_id} outlet, built by tools/food-ordering-menus.py from the FoodOrdering benchmark's",
           "# catalogs (Rubino et al. 2022, CC BY-NC 4.0): ids are the catalog's entity ids, names and synonyms its words.",
           "# Prices, hours, zone and phone numbers are examples.",
           f"outlet: {outlet_id}", f"name: {spec['name']}", "currency: USD", f"zone: {spec['zone']}",
           f"tax: {{rate: {spec['tax']}, included: false, onDeliveryFee: true}}",
           f"phoneNumbers: [{quote(spec['phone'])}]", f"staffNumber: {quote(spec['staff'])}", "hours:"]
    for day, ranges in spec["hours"].items():
        out.append(f"  {day}: [{', '.join(quote(r) for r in ranges)}]")
    out.append(f"closedDates: [{', '.join(spec['closed'])}]")
    out.append("leadTimes:")
    minutes, extra, per = spec["pickup"]
    out.append(f"  pickup: {{minutes: {minutes}, extraMinutes: {extra}, perItems: {per}}}")
    if spec["delivery"]:
        minutes, extra, per = spec["delivery"]
        out.append(f"  delivery: {{minutes: {minutes}, extraMinutes: {extra}, perItems: {per}}}")
        terms = spec["deliveryTerms"]
        out += ["delivery:", f"  fee: {terms['fee']}", f"  minimum: {terms['minimum']}",
                f"  area: {{postalCodes: [{', '.join(quote(c) for c in terms['codes'])}]}}"]
    out.append("info:")
    out.append(f"  address: {spec['address']}")
    out.append(f"  phone: {quote(spec['phone'])}")
    if spec["delivery"]:
        out.append(f"  deliveryArea: {spec['deliveryTerms']['words']}")
    out.append("")
    out.append("items:")
    for item_id, item_name, words, price in spec.get("mains", []):
        out += [f"  - id: {item_id}", f"    name: {item_name}", f"    category: {item_id}",
                f"    synonyms: {synonyms(words)}", f"    price: {price}", "    groups:"]
        for group in spec["mainGroups"]:
            out += group_yaml(catalog, group, "      ")
    for kind in spec["items"]:
        for entity, words in read_aliases(catalog / kind["slotFile"]).items():
            out += [f"  - id: {menu_id(entity)}", f"    name: {quote(name(entity))}",
                    f"    category: {kind['category']}", f"    synonyms: {synonyms(words)}",
                    f"    price: {kind['price']}"]
            if benchmark_id(entity):
                out.append(f"    benchmarkId: {entity}")
            if kind["groups"]:
                out.append("    groups:")
                for group in kind["groups"]:
                    out += group_yaml(catalog, group, "      ")
    return "\n".join(out) + "\n"


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    for outlet_id, spec in OUTLETS.items():
        (target / f"{outlet_id}.yaml").write_text(outlet_yaml(outlet_id, spec, source / outlet_id / "alias"),
                                                  encoding="utf-8")


if __name__ == "__main__":
    main()
