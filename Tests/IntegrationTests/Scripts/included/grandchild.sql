\echo in grandchild: :child_value
