// Not provided yet.
null
