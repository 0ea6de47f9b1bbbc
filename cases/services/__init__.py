"""Business rules that change data. Each service is a keyword-only, atomic `<noun>_<verb>`."""
