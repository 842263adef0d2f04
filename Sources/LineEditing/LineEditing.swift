// LineEditing — placeholder; see ../shared/DESIGN.md §2.
