import numpy as np


def confusion_matrix(actual, predicted, num_classes):
    cm = np.zeros((num_classes, num_classes), dtype=int)
    cm[np.asarray(actual, dtype=int), np.asarray(predicted, dtype=int)] += 1
    return cm
