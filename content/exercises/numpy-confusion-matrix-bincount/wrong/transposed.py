import numpy as np


def confusion_matrix(actual, predicted, num_classes):
    cm = np.zeros((num_classes, num_classes), dtype=int)
    np.add.at(cm, (np.asarray(predicted, dtype=int), np.asarray(actual, dtype=int)), 1)
    return cm
