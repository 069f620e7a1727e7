"""python -m govnews"""

from .cli import main

main()
